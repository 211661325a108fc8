package dev.webaccel.workload.models;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded Hugging Face runs in models/goldens (from the project root, the working directory of a Maven run):
 * one folder per family (bert, vit, clip, llama, whisper, wav2vec2), see its README.md.
 */
public final class Goldens {
    private Goldens() {
    }

    /** models/goldens in the checkout (copied from ../shared/goldens, so that CI on a bare clone has them). */
    public static Path root() {
        return root(Path.of(System.getProperty("user.dir")));
    }

    public static Path root(Path projectDir) {
        return projectDir.resolve("models").resolve("goldens");
    }

    public static ModelFolder family(String name) {
        Path dir = root().resolve(name);
        ModelFolder folder = new ModelFolder(dir);
        if (!Files.isDirectory(dir) || !folder.exists()) {
            throw new IllegalStateException("no golden model '" + name + "': expected config.json in " + dir
                    + " (models/goldens in the checkout)");
        }
        return folder;
    }
}

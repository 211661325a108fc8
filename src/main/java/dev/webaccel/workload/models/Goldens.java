package dev.webaccel.workload.models;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded Hugging Face runs in ../shared/goldens (from the project root, the working directory of a Maven run):
 * one folder per family (bert, vit, clip, llama, whisper, wav2vec2), see its README.md.
 */
public final class Goldens {
    private Goldens() {
    }

    public static Path root() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/goldens").normalize();
    }

    public static ModelFolder family(String name) {
        Path dir = root().resolve(name);
        ModelFolder folder = new ModelFolder(dir);
        if (!Files.isDirectory(dir) || !folder.exists()) {
            throw new IllegalStateException("no golden model '" + name + "': expected config.json in " + dir
                    + " (../shared/goldens from the project root)");
        }
        return folder;
    }
}

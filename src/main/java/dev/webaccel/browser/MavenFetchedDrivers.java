package dev.webaccel.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Drivers the build copied from Maven Central into target/drivers lose their executable bit; restore it. */
final class MavenFetchedDrivers {
    private MavenFetchedDrivers() {
    }

    static void makeExecutable(Path projectDir) {
        Path dir = projectDir.resolve("target/drivers");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(f -> !Files.isExecutable(f)).forEach(f -> f.toFile().setExecutable(true));
        } catch (IOException e) {
            // Resolution then reports the driver as not executable, with the fix.
        }
    }
}

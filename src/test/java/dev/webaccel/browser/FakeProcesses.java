package dev.webaccel.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Stand-ins for drivers, browsers and Xvfb: shell processes with known trees, for the process tests. */
final class FakeProcesses {
    private FakeProcesses() {
    }

    /**
     * A fake driver (bash) that started a fake browser (a bash with a sleeping helper below it), as chromedriver
     * starts Chromium and Chromium its helpers; the driver lives on by itself (it reads its stdin, which stays open).
     * Returns once all three exist.
     */
    static Process driverWithBrowser() throws IOException {
        Process driver = new ProcessBuilder(List.of("bash", "-c",
                "bash -c 'sleep 600 & wait' & echo started; read forever"))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        while (!"started".equals(out.readLine())) {
            if (!driver.isAlive()) {
                throw new IllegalStateException("the fake driver ended before its browser started");
            }
        }
        waitForDescendants(driver.toHandle(), 2);
        return driver;
    }

    private static void waitForDescendants(ProcessHandle root, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (root.descendants().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the fake browser's helper did not start");
            }
            Thread.onSpinWait();
        }
    }

    /** An executable shell script in {@code dir}, e.g. a fake Xvfb. */
    static Path script(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}

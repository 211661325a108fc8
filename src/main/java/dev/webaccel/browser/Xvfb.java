package dev.webaccel.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A virtual X display for engines that need one (WebKitGTK's MiniBrowser rejects --headless). */
public final class Xvfb implements AutoCloseable {
    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Starts Xvfb on the first free display number, which Xvfb itself picks and reports (-displayfd). */
    public static Xvfb start(Path log) {
        ProcessBuilder builder = new ProcessBuilder(List.of("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24",
                "-nolisten", "tcp", "-noreset")).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BrowserUnavailableException(Browser.WEBKIT,
                    "cannot start Xvfb (" + e.getMessage() + "); install it with: apt-get install -y xvfb", e);
        }
        LiveProcesses.register(process.toHandle());
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                return reader.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String number = line.get(15, TimeUnit.SECONDS);
            if (number == null || !number.trim().matches("\\d+")) {
                throw new IllegalStateException("Xvfb reported no display number; see " + log);
            }
            return new Xvfb(process, ":" + number.trim());
        } catch (Exception e) {
            LiveProcesses.stop(process.toHandle());
            throw new BrowserUnavailableException(Browser.WEBKIT, "Xvfb did not start within 15 s (" + e.getMessage()
                    + "); its output is in " + log, e);
        }
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String display() {
        return display;
    }

    @Override
    public void close() {
        LiveProcesses.stop(process.toHandle());
    }
}

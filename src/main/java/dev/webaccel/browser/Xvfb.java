package dev.webaccel.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A virtual X display for engines that need one (WebKitGTK's MiniBrowser rejects --headless). */
public final class Xvfb implements AutoCloseable {
    static final String INSTALL = "install it with: apt-get install -y xvfb";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Starts Xvfb on the first free display number, which Xvfb itself picks and reports (-displayfd). */
    public static Xvfb start(Path log) {
        return start("Xvfb", log, READY_TIMEOUT);
    }

    /**
     * @param executable "Xvfb" from the PATH, or another program in its place (tests)
     * @param readyTimeout how long Xvfb may take to report its display
     */
    static Xvfb start(String executable, Path log, Duration readyTimeout) {
        ProcessBuilder builder = new ProcessBuilder(List.of(executable, "-displayfd", "1", "-screen", "0",
                "1280x1024x24", "-nolisten", "tcp", "-noreset")).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BrowserUnavailableException(Browser.WEBKIT, "WebKitGTK needs an X display and " + executable
                    + " cannot be started (" + e.getMessage() + "); " + INSTALL, e);
        }
        LiveProcesses.register(process.toHandle());
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> firstLine(process));
        String number;
        try {
            number = line.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LiveProcesses.stop(process.toHandle());
            throw new BrowserUnavailableException(Browser.WEBKIT, executable + " reported no display within "
                    + readyTimeout.toSeconds() + " s and was stopped; its output is in " + log, e);
        } catch (Exception e) {
            LiveProcesses.stop(process.toHandle());
            throw new BrowserUnavailableException(Browser.WEBKIT, executable + " failed to start: " + e + "; its output"
                    + " is in " + log, e);
        }
        if (number == null || !number.trim().matches("\\d+")) {
            String exit = exitDescription(process);
            LiveProcesses.stop(process.toHandle());
            throw new BrowserUnavailableException(Browser.WEBKIT, executable + " " + exit + " without reporting a"
                    + " display number; its output is in " + log + ". Check that it runs (" + INSTALL + ")");
        }
        return new Xvfb(process, ":" + number.trim());
    }

    private static String firstLine(Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String exitDescription(Process process) {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? "exited with code " + process.exitValue() : "closed its output";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "closed its output";
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

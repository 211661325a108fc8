package dev.webaccel.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A WebDriver server (chromedriver, geckodriver, WebKitWebDriver, ...) started by webaccel on a free
 * loopback port, so that it and everything it starts can be stopped by process id.
 */
public final class DriverProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final SessionProcesses tree;

    private DriverProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.tree = SessionProcesses.of(process);
    }

    /**
     * @param portArgument how this driver takes its port, e.g. "--port=%d" or "--port %d"
     */
    public static DriverProcess start(Browser browser, Path executable, String portArgument, List<String> extraArgs,
                                      Map<String, String> environment, Path log, Duration readyTimeout) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        for (String part : String.format(portArgument, port).split(" ")) {
            command.add(part);
        }
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BrowserUnavailableException(browser, "cannot start driver " + executable + ": " + e.getMessage(), e);
        }
        LiveProcesses.register(process.toHandle());
        DriverProcess driver = new DriverProcess(process, port, log);
        driver.awaitReady(browser, readyTimeout);
        return driver;
    }

    private void awaitReady(Browser browser, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                close();
                throw new BrowserUnavailableException(browser, "driver exited with code " + process.exitValue()
                        + " before it was ready; its output is in " + log);
            }
            if (answersStatus()) {
                return;
            }
            sleep(50);
        }
        close();
        throw new BrowserUnavailableException(browser, "driver did not answer GET /status on port " + port + " within "
                + timeout.toSeconds() + " s; its output is in " + log);
    }

    private boolean answersStatus() {
        try {
            URL url = url().resolve("status").toURL();
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(1000);
            int code = connection.getResponseCode();
            connection.disconnect();
            return code == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The driver with the browser it started, tracked beyond the driver's own life. */
    public SessionProcesses tree() {
        return tree;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        LiveProcesses.stop(process.toHandle());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port: " + e.getMessage(), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

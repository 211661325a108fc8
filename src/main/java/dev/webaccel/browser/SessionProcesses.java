package dev.webaccel.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes of one local session: the driver webaccel started, and what the driver started (the browser and
 * its helpers), remembered by handle so that they can be stopped even after the driver is gone and they were
 * re-parented to init. Also says when the driver or the browser has exited ({@link #fault}).
 */
public final class SessionProcesses {
    private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final ProcessHandle driver;
    private final String driverName;
    private final Optional<Process> driverProcess;
    private final Map<ProcessHandle, String> browsers = new LinkedHashMap<>();
    private final Map<ProcessHandle, String> seen = new LinkedHashMap<>();
    private long refreshedAt;

    /**
     * @param driverProcess the driver as this JVM started it (for its exit code), or empty for a handle only
     */
    SessionProcesses(ProcessHandle driver, Optional<Process> driverProcess) {
        this.driver = driver;
        this.driverName = commandName(driver);
        this.driverProcess = driverProcess;
    }

    /** Tracks a driver this JVM started. */
    public static SessionProcesses of(Process driver) {
        return new SessionProcesses(driver.toHandle(), Optional.of(driver));
    }

    /**
     * Remembers the driver's children as the browser (call once the WebDriver session exists) and registers them
     * with {@link LiveProcesses}, so that the suite-end reaper stops them even when they outlive the driver.
     */
    public synchronized SessionProcesses rememberBrowser() {
        driver.children().forEach(child -> browsers.put(child, commandName(child)));
        browsers.keySet().forEach(LiveProcesses::register);
        refresh();
        return this;
    }

    /** Adds every process now below the driver or the browser to what is stopped at the end. */
    public synchronized void refresh() {
        refreshedAt = System.nanoTime();
        Stream.concat(Stream.of(driver), browsers.keySet().stream())
                .flatMap(ProcessHandle::descendants)
                .forEach(p -> seen.putIfAbsent(p, commandName(p)));
    }

    /** The browser's own processes, as the driver started them. */
    public synchronized List<ProcessHandle> browsers() {
        return List.copyOf(browsers.keySet());
    }

    /** Every process of the session alive now: driver, browser and everything below them. */
    public synchronized List<ProcessHandle> alive() {
        refresh();
        List<ProcessHandle> all = new ArrayList<>();
        Stream.concat(Stream.of(driver), Stream.concat(browsers.keySet().stream(), seen.keySet().stream()))
                .distinct().filter(ProcessTree::running).forEach(all::add);
        return all;
    }

    /**
     * Why the session cannot go on, when the driver exited or every browser process did; empty while both live.
     * Cheap enough to ask on every poll (the process list is re-read at most once a second).
     */
    public synchronized Optional<SessionFault> fault() {
        if (System.nanoTime() - refreshedAt > REFRESH_NANOS) {
            refresh();
        }
        if (!ProcessTree.running(driver)) {
            String code = driverProcess.map(p -> exitCode(p)).orElse("");
            return Optional.of(new SessionFault(SessionFault.Kind.DRIVER_EXITED,
                    driverName + " pid " + driver.pid() + code));
        }
        if (!browsers.isEmpty() && browsers.keySet().stream().noneMatch(ProcessTree::running)) {
            Map.Entry<ProcessHandle, String> first = browsers.entrySet().iterator().next();
            return Optional.of(new SessionFault(SessionFault.Kind.BROWSER_EXITED,
                    first.getValue() + " pid " + first.getKey().pid()));
        }
        return Optional.empty();
    }

    /** Stops the browser's processes and everything remembered below them (the driver itself is its owner's). */
    public synchronized void stopBrowser(Duration grace) {
        refresh();
        for (ProcessHandle p : browsers.keySet()) {
            LiveProcesses.stop(p, grace);
        }
        seen.keySet().stream().filter(ProcessTree::running).forEach(p -> ProcessTree.destroy(p, grace));
    }

    private static String exitCode(Process driver) {
        try {
            return driver.waitFor(1, java.util.concurrent.TimeUnit.SECONDS) ? ", exit code " + driver.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** "chromium" for /usr/lib/chromium/chromium: the executable's file name, or "?" once it has exited. */
    static String commandName(ProcessHandle p) {
        return p.info().command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("?");
    }
}

package dev.webaccel.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Stops a process and every process it started (a driver's browser, a browser's GPU process). */
public final class ProcessTree {
    private static final long POLL_MS = 20;

    private ProcessTree() {
    }

    public static void destroy(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroy();
        descendants.forEach(ProcessHandle::destroy);
        List<ProcessHandle> all = Stream.concat(Stream.of(root), descendants.stream()).toList();
        long deadline = System.nanoTime() + grace.toNanos();
        while (all.stream().anyMatch(ProcessTree::running) && System.nanoTime() < deadline) {
            sleep();
        }
        // Children re-parented to init while we waited are still reachable by the list taken above.
        all.stream().filter(ProcessTree::running).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Whether the process still runs: alive and not a zombie. A killed browser whose driver has not reaped it yet is
     * a zombie, which {@link ProcessHandle#isAlive} still counts as alive (Linux: state Z in /proc/pid/stat).
     */
    public static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : 'R';
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return p.isAlive();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

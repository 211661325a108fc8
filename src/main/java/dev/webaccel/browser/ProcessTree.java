package dev.webaccel.browser;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process and every process it started (a driver's browser, a browser's GPU process). */
public final class ProcessTree {
    private ProcessTree() {
    }

    public static void destroy(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroy();
        descendants.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : concat(root, descendants)) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        // Children re-parented to init while we waited are still reachable by the list taken above.
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static List<ProcessHandle> concat(ProcessHandle root, List<ProcessHandle> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), rest.stream()).toList();
    }
}

package dev.webaccel.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What this JVM holds at one moment, to tell a leak from a steady state: its live descendant processes, its open
 * file descriptors ({@code /proc/self/fd}), its live threads and its heap in use after a full collection.
 *
 * @param label the checkpoint, e.g. "before", "warm (2 sessions)", "after 5 sessions"
 * @param sessions browser sessions opened and closed before this checkpoint
 * @param descendants live processes below this JVM (drivers, browsers, their helpers, Xvfb)
 * @param openFds open file descriptors of this JVM, or -1 where {@code /proc/self/fd} does not exist
 * @param threads live threads (ThreadMXBean)
 * @param heapUsedBytes heap in use after {@link System#gc()} (MemoryMXBean)
 * @param threadNames the live threads' names, to say which ones a leak added
 */
public record ResourceSnapshot(String label, int sessions, Instant at, List<ProcessHandle> descendants, int openFds,
                               int threads, long heapUsedBytes, List<String> threadNames) {
    private static final Path FDS = Path.of("/proc/self/fd");
    /** Full collections before the heap is read: a second one frees what the first one's finalization released. */
    private static final int COLLECTIONS = 2;

    public ResourceSnapshot {
        descendants = List.copyOf(descendants);
        threadNames = List.copyOf(threadNames);
    }

    /** Collects garbage, then measures. */
    public static ResourceSnapshot take(String label, int sessions) {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        List<String> names = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
        List<ProcessHandle> descendants = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        return new ResourceSnapshot(label, sessions, Instant.now(), descendants, countOpenFds(), threads, heap, names);
    }

    private static int countOpenFds() {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        try (Stream<Path> fds = Files.list(FDS)) {
            return (int) fds.count() - 1;  // the listing's own descriptor
        } catch (IOException e) {
            return -1;
        }
    }

    public double heapMiB() {
        return heapUsedBytes / (1024.0 * 1024.0);
    }

    /** "1234 chromedriver, 1240 chrome" for a report line. */
    public String describeDescendants() {
        return describe(descendants);
    }

    static String describe(List<ProcessHandle> processes) {
        return processes.isEmpty() ? "none" : String.join(", ", processes.stream()
                .map(p -> p.pid() + " " + p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?"))
                .toList());
    }

    /** Threads alive now that {@code earlier} did not have (by name; a reused name is not counted). */
    public List<String> threadsNotIn(ResourceSnapshot earlier) {
        List<String> added = new java.util.ArrayList<>(threadNames);
        earlier.threadNames.forEach(added::remove);
        return added;
    }
}

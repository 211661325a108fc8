package dev.webaccel.soak;

import java.util.ArrayList;
import java.util.List;

/**
 * How much a run of browser sessions may leave behind, compared with the warm baseline (the checkpoint after the
 * warm-up sessions, when class loading, JIT, pools and caches have settled): no descendant process that was not
 * there before the first session, file descriptors and threads back within a small slack, and a bounded heap growth
 * per session.
 *
 * @param fdSlack open file descriptors the end may have above the warm baseline
 * @param threadSlack live threads the end may have above the warm baseline
 * @param heapSlackBytes heap growth allowed whatever the number of sessions: what the heap after a full collection
 *     moves by between two checkpoints without any leak (logging buffers, JIT, pools)
 * @param heapBytesPerSession heap growth per session allowed on top of {@code heapSlackBytes}: the heap at the end
 *     (after a full collection) may exceed the warm one by at most {@code heapSlackBytes + sessions x this}
 */
public record ResourceBounds(int fdSlack, int threadSlack, long heapSlackBytes, long heapBytesPerSession) {
    /**
     * Derived from measured Chromium soaks on a 2-core VM (README, "Load and soak"): fds at the end of 5 and of 100
     * sessions equal to the warm baseline (121), threads -1 and +0 (25-26; JDK process-reaper threads idle out after
     * 60 s), heap +0.15 MiB over 5 sessions and +0.7 MiB over 100 (6.9 KiB per session). So: 4 fds, 6 threads, 1 MiB
     * plus 32 KiB per session (a leak of 32 KiB per session shows over 100 sessions; over 5, only one of about
     * 240 KiB or more).
     */
    public static final ResourceBounds DEFAULT = new ResourceBounds(4, 6, 1024 * 1024, 32 * 1024);

    /** What exceeds the bounds, in words; empty when nothing does. */
    public List<String> violations(ResourceSnapshot before, ResourceSnapshot warm, ResourceSnapshot end) {
        List<String> problems = new ArrayList<>();
        List<ProcessHandle> left = end.descendants().stream().filter(p -> !before.descendants().contains(p)).toList();
        if (!left.isEmpty()) {
            problems.add(left.size() + " descendant process(es) left after " + end.sessions() + " sessions: "
                    + ResourceSnapshot.describe(left));
        }
        if (end.openFds() - warm.openFds() > fdSlack) {
            problems.add("open file descriptors grew from " + warm.openFds() + " (" + warm.label() + ") to "
                    + end.openFds() + " (" + end.label() + "), more than the slack of " + fdSlack);
        }
        if (end.threads() - warm.threads() > threadSlack) {
            problems.add("live threads grew from " + warm.threads() + " to " + end.threads() + ", more than the slack of "
                    + threadSlack + "; new: " + end.threadsNotIn(warm));
        }
        int sessions = end.sessions() - warm.sessions();
        long growth = end.heapUsedBytes() - warm.heapUsedBytes();
        if (growth > heapAllowance(sessions)) {
            problems.add(String.format(java.util.Locale.ROOT, "heap after GC grew %.2f MiB (%.1f -> %.1f MiB over %d "
                    + "sessions, %.1f KiB per session), more than the %.2f MiB allowed (%d KiB + %d KiB per session)",
                    growth / MIB, warm.heapMiB(), end.heapMiB(), sessions, heapGrowthPerSession(warm, end) / 1024.0,
                    heapAllowance(sessions) / MIB, heapSlackBytes / 1024, heapBytesPerSession / 1024));
        }
        return problems;
    }

    private static final double MIB = 1024.0 * 1024.0;

    /** The heap growth allowed over {@code sessions} sessions. */
    public long heapAllowance(int sessions) {
        return heapSlackBytes + (long) sessions * heapBytesPerSession;
    }

    /** End minus warm heap, divided by the sessions between them (may be negative). */
    public static long heapGrowthPerSession(ResourceSnapshot warm, ResourceSnapshot end) {
        int sessions = Math.max(1, end.sessions() - warm.sessions());
        return (end.heapUsedBytes() - warm.heapUsedBytes()) / sessions;
    }
}

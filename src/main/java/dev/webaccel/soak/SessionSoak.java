package dev.webaccel.soak;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Browser sessions one after another: start a browser, run one small plan, close it; with this JVM's resources
 * measured before the first session, after the warm-up sessions and after the rest ({@link ResourceSnapshot}).
 * A session whose run fails is recorded and the soak goes on, so one flaky page does not hide a leak.
 */
public final class SessionSoak {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSoak.class);
    /**
     * How long after the last checkpoint a process of a closed session may still take to exit before it counts as
     * left behind (the last session closed a moment ago; its helpers exit on their own once the browser has gone).
     */
    static final long EXIT_GRACE_MS = 5_000;

    private final String browser;
    private final Supplier<BrowserSession> start;
    private final BiFunction<BrowserSession, Integer, RunResult> work;

    /**
     * @param start starts one session (e.g. {@code () -> launcher.start(browser)})
     * @param work runs the plan in a session; gets the session's index (1-based)
     */
    public SessionSoak(String browser, Supplier<BrowserSession> start, BiFunction<BrowserSession, Integer, RunResult> work) {
        this.browser = browser;
        this.start = start;
        this.work = work;
    }

    /** {@code warmUp} sessions, a checkpoint, then {@code sessions} more and the last checkpoint. */
    public SoakResult measure(int warmUp, int sessions) {
        Map<ProcessHandle, SessionProcess> seen = new LinkedHashMap<>();
        List<SessionTiming> timings = new ArrayList<>();
        ResourceSnapshot before = ResourceSnapshot.take("before", 0);
        LOG.info("[{}] soak checkpoint {}", browser, SoakReport.line(before));
        for (int i = 1; i <= warmUp; i++) {
            timings.add(one(i, seen));
        }
        ResourceSnapshot warm = ResourceSnapshot.take("warm (" + warmUp + " sessions)", warmUp);
        LOG.info("[{}] soak checkpoint {}", browser, SoakReport.line(warm));
        for (int i = warmUp + 1; i <= warmUp + sessions; i++) {
            timings.add(one(i, seen));
        }
        ResourceSnapshot end = ResourceSnapshot.take("after " + sessions + " more", warmUp + sessions);
        LOG.info("[{}] soak checkpoint {}", browser, SoakReport.line(end));
        List<SessionProcess> exiting = seen.values().stream().filter(p -> p.handle().isAlive()).toList();
        long t0 = System.nanoTime();
        List<SessionProcess> survivors = SessionProcess.survivors(exiting, EXIT_GRACE_MS);
        if (!exiting.isEmpty()) {
            LOG.info("[{}] at the last checkpoint {} process(es) of closed sessions were still exiting: {}; {} after {} ms",
                    browser, exiting.size(), exiting, survivors.isEmpty() ? "all gone" : survivors.size() + " left",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return new SoakResult(browser, before, warm, end, timings, survivors);
    }

    private SessionTiming one(int index, Map<ProcessHandle, SessionProcess> seen) {
        long t0 = System.nanoTime();
        BrowserSession session = start.get();
        long t1 = System.nanoTime();
        String problem;
        int processes;
        long t2;
        try {
            try {
                problem = problem(work.apply(session, index));
            } catch (RuntimeException e) {
                problem = e.toString();
            }
            t2 = System.nanoTime();
            List<ProcessHandle> tree = session.processes();
            processes = tree.size();
            tree.forEach(p -> seen.putIfAbsent(p, SessionProcess.of(p, index)));
        } finally {
            session.close();
        }
        long t3 = System.nanoTime();
        SessionTiming timing = new SessionTiming(index, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                Duration.ofNanos(t3 - t2), processes, problem);
        LOG.info("[{}] soak session {}: start {} ms, run {} ms, close {} ms, {} processes{}", browser, index,
                timing.start().toMillis(), timing.run().toMillis(), timing.close().toMillis(), processes,
                problem == null ? "" : "; FAILED: " + problem);
        return timing;
    }

    /** Why a run did not pass (a case that did not run or whose output differs from Java's), or null. */
    static String problem(RunResult run) {
        String failed = run.cases().stream().filter(c -> !passed(c))
                .map(c -> c.kernelCase().id() + ": " + (c.ran() ? c.check().orElseThrow().summary() : c.reason()))
                .collect(Collectors.joining("; "));
        return failed.isEmpty() ? null : failed;
    }

    private static boolean passed(CaseOutcome c) {
        return c.ran() && c.check().map(check -> check.passed()).orElse(false);
    }
}

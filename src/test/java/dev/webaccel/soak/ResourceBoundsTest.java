package dev.webaccel.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.testng.annotations.Test;

/** The soak's bounds on made-up checkpoints: each kind of leak is named, a steady state passes. */
@Test(groups = "unit")
public class ResourceBoundsTest {
    private static final ResourceBounds BOUNDS = new ResourceBounds(4, 6, 512 * 1024, 100 * 1024);

    static ResourceSnapshot snapshot(String label, int sessions, List<ProcessHandle> processes, int fds, int threads,
                                     long heap, List<String> names) {
        return new ResourceSnapshot(label, sessions, Instant.EPOCH, processes, fds, threads, heap, names);
    }

    private static final ResourceSnapshot BEFORE = snapshot("before", 0, List.of(), 100, 20, 10 << 20, List.of("main"));
    private static final ResourceSnapshot WARM = snapshot("warm", 2, List.of(), 104, 26, 12 << 20,
            List.of("main", "HttpClient-1-SelectorManager"));

    public void aSteadyStateWithinTheSlackPasses() {
        ResourceSnapshot end = snapshot("end", 12, List.of(), 108, 32, (12 << 20) + 10 * 90 * 1024 + 512 * 1024,
                List.of("main"));
        assertThat(BOUNDS.violations(BEFORE, WARM, end)).isEmpty();
        assertThat(ResourceBounds.heapGrowthPerSession(WARM, end)).isEqualTo(90 * 1024 + 512 * 1024 / 10);
    }

    public void eachLeakIsNamedWithItsFigures() {
        ResourceSnapshot end = snapshot("end", 12, List.of(ProcessHandle.current()), 109, 33,
                (12 << 20) + 10 * 200 * 1024, List.of("main", "HttpClient-1-SelectorManager", "leaky-1"));
        List<String> problems = BOUNDS.violations(BEFORE, WARM, end);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("1 descendant process(es) left after 12 sessions: "
                + ProcessHandle.current().pid());
        assertThat(problems.get(1)).contains("from 104 (warm) to 109 (end), more than the slack of 4");
        assertThat(problems.get(2)).contains("from 26 to 33, more than the slack of 6; new: [leaky-1]");
        assertThat(problems.get(3)).contains("grew 1.95 MiB (12.0 -> 14.0 MiB over 10 sessions, 200.0 KiB per session)")
                .contains("more than the 1.48 MiB allowed (512 KiB + 100 KiB per session)");
    }

    public void aProcessThatWasThereBeforeTheFirstSessionIsNotALeak() {
        ResourceSnapshot before = snapshot("before", 0, List.of(ProcessHandle.current()), 100, 20, 10 << 20, List.of());
        ResourceSnapshot end = snapshot("end", 12, List.of(ProcessHandle.current()), 104, 26, 12 << 20, List.of());
        assertThat(BOUNDS.violations(before, WARM, end)).isEmpty();
    }

    public void theResultAddsFailedRunsAndSurvivors() {
        ResourceSnapshot end = snapshot("end", 3, List.of(), 104, 26, 12 << 20, List.of());
        SessionTiming ok = new SessionTiming(1, Duration.ofMillis(1200), Duration.ofMillis(1500), Duration.ofMillis(300),
                10, null);
        SessionTiming failed = new SessionTiming(3, Duration.ofMillis(1300), Duration.ofMillis(1400),
                Duration.ofMillis(310), 10, "add-1024: no result arrived");
        SoakResult result = new SoakResult("chrome", BEFORE, WARM, end, List.of(ok, ok, failed),
                List.of(new SessionProcess(ProcessHandle.current(), 3, "chrome_crashpad_handler")));
        assertThat(result.measured()).containsExactly(failed);
        assertThat(result.problems(BOUNDS)).containsExactly("session 3: add-1024: no result arrived",
                "1 process(es) of closed sessions still alive 5 s after the last checkpoint: ["
                        + ProcessHandle.current().pid() + " (session 3: chrome_crashpad_handler)]");
    }

    public void theReportShowsEveryCheckpointAndTheSpreadOfSessionTimes() {
        ResourceSnapshot end = snapshot("after 3 more", 5, List.of(), 105, 27, (12 << 20) + 3 * 30 * 1024, List.of());
        List<SessionTiming> sessions = List.of(1, 2, 3, 4, 5).stream().map(i -> new SessionTiming(i,
                Duration.ofMillis(1000 + 100 * i), Duration.ofMillis(1500), Duration.ofMillis(300), 10, null)).toList();
        SoakReport report = new SoakReport(new SoakResult("chrome", BEFORE, WARM, end, sessions, List.of()), BOUNDS);
        assertThat(report.markdown()).contains("| before | 0 | 0 | 100 | 20 | 10.00 |")
                .contains("| after 3 more | 5 | 0 | 105 | 27 | 12.09 |")
                .contains("(N=3), median [min, max] ms: start 1400 [1300, 1500], run 1500 [1500, 1500]")
                .contains("fds +1 (slack 4), threads +1 (slack 6), heap +0.09 MiB = +30.0 KiB per session (allowed 0.79 MiB:"
                        + " 512 KiB + 100 KiB per session)")
                .contains("Clean.");
        assertThat(report.sessionsCsv()).startsWith("browser,session,warm_up,start_ms")
                .contains("chrome,2,true,1200,1500,300,3000,10,\n").contains("chrome,3,false,1300,");
        assertThat(report.checkpointsCsv()).contains("chrome,warm,2,0,104,26," + (12 << 20));
    }
}

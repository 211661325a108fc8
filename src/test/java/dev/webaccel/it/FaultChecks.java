package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.FaultCases;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What every fault test asserts after its fault: the finished case kept, the session stopped, the next one working. */
final class FaultChecks {
    private FaultChecks() {
    }

    /** The case before the fault is in the exception and in the results; every process the session started is gone. */
    static void keptAndStopped(RunFailedException failure, InMemorySink results, BrowserSession session,
                               List<ProcessHandle> started) throws Exception {
        assertThat(failure.kept()).extracting(r -> r.workload().caseId()).containsExactly("before-the-fault");
        assertThat(results.records()).as("handed to the results").containsAll(failure.kept());
        assertThat(session.isClosed()).as("the harness stopped the session").isTrue();
        assertThat(started).as("processes started for " + session.browser()).isNotEmpty();
        for (ProcessHandle p : started) {
            p.onExit().get(10, TimeUnit.SECONDS);
            assertThat(p.isAlive()).as("process %d (%s) after the fault", p.pid(), p.info().command().orElse("?"))
                    .isFalse();
        }
    }

    /** A run in the session that replaced the stopped one completes. */
    static void nextSessionWorks(Harness harness, BrowserSession stopped, BrowserSession next, String backend) {
        assertThat(next).as("a new session").isNotSameAs(stopped);
        CaseOutcome quick = harness.run(next, Plan.correctness(backend, List.of(FaultCases.beforeTheFault())))
                .cases().get(0);
        assertThat(quick.ran()).as("a run in the new session: " + quick.reason()).isTrue();
    }
}

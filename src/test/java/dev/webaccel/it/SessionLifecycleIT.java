package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.browser.ProcessTree;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.harness.RunFault;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.FaultCases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * A browser killed mid-run (after its first case, while the page is held in its second) fails the run at once with
 * a message that names the process, keeps the finished case in the results, and leaves no driver, browser or Xvfb
 * process behind.
 */
@Test(groups = "browser")
public class SessionLifecycleIT extends BrowserTestBase {
    /** The browser's own process as its driver starts it, by engine (Debian's builds). */
    private static final Map<Browser, String> BROWSER_PROCESS = Map.of(Browser.CHROME, "chromium",
            Browser.FIREFOX, "firefox-esr", Browser.WEBKIT, "MiniBrowser");

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public SessionLifecycleIT(Browser browser) {
        super(browser);
    }

    public void aBrowserKilledMidRunFailsTheRunAtOnceKeepsTheFinishedCaseAndLeavesNoProcess() throws Exception {
        Settings shortRuns = Settings.fromEnvironmentWith(Map.of("run.timeout.s", "30"));
        InMemorySink results = new InMemorySink();
        BrowserSession session = session();
        List<ProcessHandle> started = session.processes();
        ProcessHandle killed = session.browserProcesses().get(0);
        assertThat(started).as("processes started for " + browser).contains(killed);
        RunFailedException failure;
        Harness.PendingRun pending;
        try (Harness harness = Harness.start(shortRuns, results)) {
            Plan plan = Plan.correctness(shortRuns.backend(), List.of(FaultCases.beforeTheFault(),
                            FaultCases.pageHangsHere()))
                    .withPageHangAt(FaultCases.pageHangsHere().id());
            pending = harness.open(session, plan);
            pending.awaitFinishedCases(1, Duration.ofSeconds(30));
            session.browserProcesses().forEach(p -> ProcessTree.destroy(p, Duration.ofSeconds(5)));
            long start = System.nanoTime();
            failure = catchThrowableOfType(() -> harness.await(pending), RunFailedException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("noticed at once, not after a timeout")
                    .isLessThan(Duration.ofSeconds(5));
        } finally {
            closeSession();
        }
        assertThat(failure).as("the run fails with RunFailedException").isNotNull();
        assertThat(failure.fault()).isEqualTo(RunFault.BROWSER_EXITED);
        assertThat(failure).hasMessage("Run " + pending.run().id() + " in " + browser.id() + " failed: the browser"
                + " exited (" + BROWSER_PROCESS.get(browser) + " pid " + killed.pid() + ") in case 'page-hangs-here'."
                + " Kept 1 finished case(s) in the results (before-the-fault: ok); not finished: page-hangs-here."
                + " webaccel stopped what was left of it; the next run starts a new browser. If it crashed, see the"
                + " driver log " + session.log() + "; if memory ran out, run one engine at a time (-Dbrowser="
                + browser.id() + ")");
        assertThat(failure.kept()).extracting(r -> r.workload().caseId()).containsExactly("before-the-fault");
        assertThat(results.records()).as("handed to the results").isEqualTo(failure.kept());
        for (ProcessHandle p : started) {
            p.onExit().get(10, TimeUnit.SECONDS);
            assertThat(p.isAlive()).as("process %d (%s) after close", p.pid(), p.info().command().orElse("?")).isFalse();
        }
    }
}

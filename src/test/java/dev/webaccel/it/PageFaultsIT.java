package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.harness.RunFault;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.PageError;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.FaultCases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testng.annotations.AfterClass;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Faults in a real page, each a clear error with the finished case kept and every process of the session stopped:
 * a page stuck in an endless script (the plan's test-only hang), a driver killed mid-run, and a tensor larger than
 * the device (or WebAssembly memory) allows. Runs time out after {@value #TIMEOUT_S} s; after each stopped session the
 * next one must work. (A WebGPU shader that runs for minutes: {@code GpuLongLoopIT}, opt-in.)
 */
@Test(groups = "browser")
public class PageFaultsIT extends BrowserTestBase {
    static final int TIMEOUT_S = 5;
    private static final String ADVICE = "Use lower precision (f16 or 4-bit weights) or a smaller model.";
    /** The WebDriver server's process, by engine. */
    private static final Map<Browser, String> DRIVER_PROCESS = Map.of(Browser.CHROME, "chromedriver",
            Browser.FIREFOX, "geckodriver", Browser.WEBKIT, "WebKitWebDriver");

    private final Settings shortRuns = Settings.fromEnvironmentWith(Map.of("run.timeout.s", "" + TIMEOUT_S));
    private final InMemorySink results = new InMemorySink();
    private Harness faults;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public PageFaultsIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        faults = Harness.start(shortRuns, results);
    }

    @AfterClass(alwaysRun = true)
    public void stopHarness() {
        if (faults != null) {
            faults.close();
        }
    }

    private static Plan hangingPlan(Settings settings) {
        return Plan.correctness(settings.backend(), List.of(FaultCases.beforeTheFault(), FaultCases.pageHangsHere()))
                .withPageHangAt(FaultCases.pageHangsHere().id());
    }

    @Test
    public void aPageStuckInAnEndlessScriptTimesOutIsStoppedAndTheNextSessionWorks() throws Exception {
        BrowserSession session = session();
        List<ProcessHandle> started = session.processes();
        Harness.PendingRun pending = faults.open(session, hangingPlan(shortRuns));

        RunFailedException failure = catchThrowableOfType(() -> faults.await(pending), RunFailedException.class);

        assertThat(failure).as("the run fails with RunFailedException").isNotNull();
        assertThat(failure.fault()).isEqualTo(RunFault.TIMED_OUT);
        assertThat(failure).hasMessage("Run " + pending.run().id() + " in " + browser.id() + " failed: it timed out,"
                + " no 'done' within " + TIMEOUT_S + " s (-Drun.timeout.s), in case 'page-hangs-here'. Kept 1 finished"
                + " case(s) in the results (before-the-fault: ok); not finished: page-hangs-here. webaccel stopped the"
                + " stuck browser; the next run starts a new one. If the case is only slow, raise -Drun.timeout.s; if"
                + " it never ends (an endless loop in a script or shader), fix the case. Driver log: " + session.log());
        FaultChecks.keptAndStopped(failure, results, session, started);
        FaultChecks.nextSessionWorks(faults, session, session(), shortRuns.backend());
    }

    @Test
    public void aDriverKilledMidRunFailsTheRunAtOnceAndItsOrphanedBrowserIsStopped() throws Exception {
        BrowserSession session = session();
        List<ProcessHandle> started = session.processes();
        ProcessHandle driver = session.driverProcess().orElseThrow();
        Harness.PendingRun pending = faults.open(session, hangingPlan(shortRuns));
        pending.awaitFinishedCases(1, Duration.ofSeconds(30));

        driver.destroyForcibly();
        RunFailedException failure = catchThrowableOfType(() -> faults.await(pending), RunFailedException.class);

        assertThat(failure).as("the run fails with RunFailedException").isNotNull();
        assertThat(failure.fault()).isEqualTo(RunFault.DRIVER_EXITED);
        assertThat(failure).hasMessage("Run " + pending.run().id() + " in " + browser.id() + " failed: its WebDriver"
                + " server exited (" + DRIVER_PROCESS.get(browser) + " pid " + driver.pid() + ", exit code 137) in case"
                + " 'page-hangs-here'. Kept 1 finished case(s) in the results (before-the-fault: ok); not finished:"
                + " page-hangs-here. Without it the browser cannot be controlled, so webaccel stopped the browser; the"
                + " next run starts a new session. If something on this machine stops processes (a clean-up job, the"
                + " OOM killer), keep it away from the driver. Driver log: " + session.log());
        FaultChecks.keptAndStopped(failure, results, session, started);
        FaultChecks.nextSessionWorks(faults, session, session(), shortRuns.backend());
    }

    @Test
    public void aTensorBeyondTheDeviceFailsItsCaseWithTheOutOfMemoryAdvice() {
        KernelCase oversized = FaultCases.oversized(FaultCases.OVERSIZED_SIDE);
        RunResult run = faults.run(session(), Plan.correctness("auto", List.of(FaultCases.beforeTheFault(), oversized)));

        assertThat(run.cases().get(0).ran()).as("the case before it: " + run.cases().get(0).reason()).isTrue();
        CaseOutcome outcome = run.find(oversized.id()).orElseThrow();
        assertThat(outcome.status()).isEqualTo(CaseStatus.ERROR);
        PageError error = run.errors().stream().filter(e -> oversized.id().equals(e.caseId())).findFirst().orElseThrow();
        assertThat(error.kind()).isEqualTo("out-of-memory");
        if (run.capabilities().webgpu().available()) {
            assertThat(outcome.reason()).isEqualTo("OutOfMemoryError: Out of memory: tensor 'outer' (2152960000 bytes)"
                    + " is larger than this device's maxStorageBufferBindingSize (134217728 bytes). " + ADVICE);
        } else {
            assertThat(outcome.reason()).matches("OutOfMemoryError: Out of memory: tensor 'outer' needs 2152960000"
                    + " bytes of WebAssembly memory, with \\d+ bytes in use, beyond its maximum of 2147483648 bytes\\. "
                    + ADVICE.replace("(", "\\(").replace(")", "\\)").replace(".", "\\."));
        }
        assertThat(error.message()).isEqualTo(outcome.reason().substring("OutOfMemoryError: ".length()));
    }
}

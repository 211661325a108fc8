package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.harness.RunFault;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.FaultCases;
import java.util.List;
import java.util.Map;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * (Opt-in, group {@code benchmark}: about 15 s per WebGPU engine.) A WebGPU shader that keeps the device busy for
 * minutes ({@code wgsl/test_only_long_loop.wgsl}) times out after {@value #TIMEOUT_S} s with the finished case kept,
 * the browser and its GPU process stopped, and the next session working. WebKitGTK has no WebGPU here.
 */
@Test(groups = "benchmark")
public class GpuLongLoopIT extends BrowserTestBase {
    static final int TIMEOUT_S = 8;

    private final Settings shortRuns = Settings.fromEnvironmentWith(Map.of("run.timeout.s", "" + TIMEOUT_S));
    private final InMemorySink results = new InMemorySink();
    private Harness faults;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public GpuLongLoopIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("opt-in: run with -Dbenchmarks=true (e.g. mvn -B test -Dtest=GpuLongLoopIT"
                    + " -Dbenchmarks=true -Dbrowser=chrome,firefox)");
        }
        if (browser == Browser.WEBKIT) {
            throw new SkipException("WebKitGTK has no WebGPU on Linux: the long-running shader cannot start there");
        }
        faults = Harness.start(shortRuns, results);
    }

    @AfterClass(alwaysRun = true)
    public void stopHarness() {
        if (faults != null) {
            faults.close();
        }
    }

    public void aShaderThatRunsForMinutesTimesOutAndIsStopped() throws Exception {
        BrowserSession session = session();
        List<ProcessHandle> started = session.processes();
        Plan plan = Plan.correctness("webgpu", List.of(FaultCases.beforeTheFault(), FaultCases.gpuLongLoop()));
        Harness.PendingRun pending = faults.open(session, plan);

        RunFailedException failure = catchThrowableOfType(() -> faults.await(pending), RunFailedException.class);

        assertThat(failure).as("the run fails with RunFailedException").isNotNull();
        assertThat(failure.fault()).isEqualTo(RunFault.TIMED_OUT);
        assertThat(failure).hasMessage("Run " + pending.run().id() + " in " + browser.id() + " failed: it timed out,"
                + " no 'done' within " + TIMEOUT_S + " s (-Drun.timeout.s), in case 'gpu-long-loop'. Kept 1 finished"
                + " case(s) in the results (before-the-fault: ok); not finished: gpu-long-loop. webaccel stopped the"
                + " stuck browser; the next run starts a new one. If the case is only slow, raise -Drun.timeout.s; if"
                + " it never ends (an endless loop in a script or shader), fix the case. Driver log: " + session.log());
        FaultChecks.keptAndStopped(failure, results, session, started);
        FaultChecks.nextSessionWorks(faults, session, session(), "webgpu");
    }
}

package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.RunResult;
import dev.webaccel.measure.PerOperationAgreement;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.results.Metric;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.Series;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.testng.Steps;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The guard against dividing by the wrong count: the same matmul timed with 1 and with {@value #MANY} operations
 * per run gives the same time per operation, on WebGPU and on WebAssembly. A time divided by the wrong count would
 * be {@value #MANY} times off; {@link PerOperationAgreement} states the tolerance.
 */
@Test(groups = "browser")
public class RepeatEquivalenceIT extends BrowserTestBase {
    static final int MANY = 4;
    static final double MIN_SAMPLE_MS = 40;
    private static final KernelCase MATMUL = MatMulCases.of("matmul_tiled", 256, 256, 256, 77);

    private RunResult gpu;
    private RunResult wasm;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public RepeatEquivalenceIT(Browser browser) {
        super(browser);
    }

    /**
     * One plan, the same work twice: "-x1" with one operation per run, "-x4" with four. Samples last at least
     * {@value #MIN_SAMPLE_MS} ms, so the fixed cost of a sample (a readback, waking WASM workers: about 1 ms here)
     * is spread over several operations on both sides; the page divides by opsPerRun x its batch either way.
     */
    static Plan plan(String backend) {
        TimingSpec one = new TimingSpec(1, 9, 0, TimingSpec.DEFAULT_TICK_MULTIPLE, 1, MIN_SAMPLE_MS);
        KernelCase single = MATMUL.withId(MATMUL.id() + "-x1");
        KernelCase many = MATMUL.withId(MATMUL.id() + "-x" + MANY);
        return new Plan(backend, one, List.of(single, many)).withTiming(many.id(), one.withOpsPerRun(MANY));
    }

    @Override
    protected void prepare() {
        if (browser != Browser.WEBKIT) {
            gpu = run(plan("webgpu"));
        }
        wasm = run(plan("wasm"));
    }

    @Test
    public void perOperationTimesAgreeOnWebGpu() {
        if (gpu == null) {
            throw new SkipException(browser.displayName() + " has no WebGPU on Linux: the WebGPU side cannot run here");
        }
        assertAgree(gpu);
    }

    @Test
    public void perOperationTimesAgreeOnWasm() {
        assertAgree(wasm);
    }

    private static void assertAgree(RunResult run) {
        assertThat(run.errors()).as("page errors in " + run.label()).isEmpty();
        ResultRecord single = run.record(MATMUL.id() + "-x1").orElseThrow();
        ResultRecord many = run.record(MATMUL.id() + "-x" + MANY).orElseThrow();
        for (ResultRecord r : List.of(single, many)) {
            assertThat(r.ranAndPassed()).as(r.workload().caseId() + " in " + run.label() + ": " + r.outcome().reason()
                    + r.outputCheck().map(c -> " / " + c.summary()).orElse("")).isTrue();
        }
        Series a = single.series(Metric.WARM_MS).orElseThrow();
        Series b = many.series(Metric.WARM_MS).orElseThrow();
        assertThat(b.opsPerSample()).as("operations per sample of the x" + MANY + " case")
                .isGreaterThanOrEqualTo(MANY).isEqualTo(b.opsPerSample() / MANY * MANY);
        assertThat(a.method()).as("both timed the same way").isEqualTo(b.method());
        PerOperationAgreement agreement = PerOperationAgreement.of(a.valuesMs(), a.opsPerSample(), b.valuesMs(),
                b.opsPerSample());
        String what = run.label() + " on " + single.environment().backend() + " (" + a.method() + "): "
                + agreement.explanation();
        Steps.step(what, () -> assertThat(agreement.agrees()).as(what).isTrue());
    }
}

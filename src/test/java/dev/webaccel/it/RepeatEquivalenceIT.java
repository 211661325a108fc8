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
    /**
     * Firefox completes work on a ~100 ms tick: 10 ticks per sample keep its rounding near 10%, far below the 4x a
     * wrong divisor would give, at half the suite time of the default 20.
     */
    static final int TICK_MULTIPLE = 10;
    private static final KernelCase MATMUL = MatMulCases.of("matmul_tiled", 256, 256, 256, 77);

    private RunResult gpu;
    private RunResult wasm;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public RepeatEquivalenceIT(Browser browser) {
        super(browser);
    }

    /**
     * One plan, the same work four times in the order x1, x4, x4, x1 ("ABBA"), so that a drift along the page (JIT,
     * caches, the other core's load) falls on both sides alike; each side pools its two cases. "x1" runs one
     * operation per run, "x4" four. Samples last at least {@value #MIN_SAMPLE_MS} ms, so the fixed cost of a sample
     * (a readback, waking WASM workers: about 1 ms here) is spread over several operations on both sides; the page
     * divides by opsPerRun x its batch either way.
     */
    static Plan plan(String backend) {
        TimingSpec one = new TimingSpec(1, 7, 0, TICK_MULTIPLE, 1, MIN_SAMPLE_MS);
        List<KernelCase> cases = List.of(MATMUL.withId(id(1, "a")), MATMUL.withId(id(MANY, "a")),
                MATMUL.withId(id(MANY, "b")), MATMUL.withId(id(1, "b")));
        return new Plan(backend, one, cases).withTiming(id(MANY, "a"), one.withOpsPerRun(MANY))
                .withTiming(id(MANY, "b"), one.withOpsPerRun(MANY));
    }

    static String id(int opsPerRun, String copy) {
        return MATMUL.id() + "-x" + opsPerRun + copy;
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
        List<ResultRecord> single = List.of(record(run, id(1, "a")), record(run, id(1, "b")));
        List<ResultRecord> many = List.of(record(run, id(MANY, "a")), record(run, id(MANY, "b")));
        Series a = single.get(0).series(Metric.WARM_MS).orElseThrow();
        for (ResultRecord r : many) {
            Series b = r.series(Metric.WARM_MS).orElseThrow();
            assertThat(b.opsPerSample() % MANY).as("operations per sample of " + r.workload().caseId()
                    + " are a multiple of " + MANY + ": " + b.opsPerSample()).isZero();
            assertThat(b.method()).as("both sides timed the same way").isEqualTo(a.method());
        }
        PerOperationAgreement agreement = PerOperationAgreement.of(pooled(single), a.opsPerSample(), pooled(many),
                many.get(0).series(Metric.WARM_MS).orElseThrow().opsPerSample());
        String what = run.label() + " on " + single.get(0).environment().backend() + " (" + a.method() + ", x1 and x"
                + MANY + " pooled over two cases each): " + agreement.explanation();
        Steps.step(what, () -> assertThat(agreement.agrees()).as(what).isTrue());
    }

    private static ResultRecord record(RunResult run, String caseId) {
        ResultRecord r = run.record(caseId).orElseThrow();
        assertThat(r.ranAndPassed()).as(caseId + " in " + run.label() + ": " + r.outcome().reason()
                + r.outputCheck().map(c -> " / " + c.summary()).orElse("")).isTrue();
        return r;
    }

    private static double[] pooled(List<ResultRecord> records) {
        return records.stream().flatMapToDouble(r -> java.util.Arrays.stream(
                r.series(Metric.WARM_MS).orElseThrow().valuesMs())).toArray();
    }
}

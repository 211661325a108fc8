package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Backend;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.ChainCases;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * A graph of five ops (matmul -> bias add -> GELU -> layer norm -> matmul) runs as one case with its weights and
 * intermediates resident on the device and one readback per run, on WebGPU where the page has it (Chromium,
 * Firefox) and on WebAssembly (WebKitGTK by fallback; forced elsewhere), and matches the composed Java references.
 */
@Test(groups = "browser")
public class GraphChainIT extends BrowserTestBase {
    static final KernelCase CHAIN = ChainCases.mlp(16, 64, 96, 48, 7);

    private RunResult auto;
    private RunResult wasm;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public GraphChainIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        Plan plan = Plan.of(settings, List.of(CHAIN));
        auto = run(plan.withBackend("auto"));
        wasm = run(plan.withBackend("wasm"));
    }

    @Test
    public void chainMatchesTheJavaReferenceWithOneReadbackOnWebGpu() {
        CaseOutcome outcome = auto.cases().get(0);
        assertRanAndMatched(auto, outcome);
        if (auto.capabilities().webgpu().available()) {
            assertThat(outcome.backend()).as("WebGPU is available: " + outcome.reason()).isEqualTo(Backend.WEBGPU);
        } else {
            assertThat(outcome.backend().isWasm()).as("no WebGPU: " + outcome.reason()).isTrue();
        }
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("output readbacks per run of the graph")
                .isEqualTo(1);
        ResultRecord record = auto.record(CHAIN.id()).orElseThrow();
        assertThat(record.workload().nodes()).as("nodes of the graph").isEqualTo(5);
        assertThat(record.outcome().readbacksPerRun()).isEqualTo(1);
    }

    @Test
    public void chainMatchesTheJavaReferenceOnWasm() {
        CaseOutcome outcome = wasm.cases().get(0);
        assertRanAndMatched(wasm, outcome);
        assertThat(outcome.backend().isWasm()).as("forced wasm: " + outcome.reason()).isTrue();
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("one copy out of wasm memory per run")
                .isEqualTo(1);
    }

    private static void assertRanAndMatched(RunResult run, CaseOutcome outcome) {
        assertThat(run.errors()).as("page errors in " + run.label()).isEmpty();
        assertThat(run.rejections()).as("refused messages").isEmpty();
        assertThat(outcome.ran()).as(CHAIN.id() + " ran in " + run.label() + ": " + outcome.reason()).isTrue();
        assertThat(outcome.check().orElseThrow().passed()).as(run.label() + " " + outcome.backend() + ": "
                + outcome.check().orElseThrow().summary()).isTrue();
    }
}

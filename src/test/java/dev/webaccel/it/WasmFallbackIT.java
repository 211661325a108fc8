package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.protocol.Backend;
import dev.webaccel.fallback.WasmStats;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.RunLabels;
import dev.webaccel.workload.Plan;
import dev.webaccel.testng.Steps;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Every op on WebAssembly, checked against the Java references: in WebKitGTK (no WebGPU) through the automatic
 * fallback, in Chromium and Firefox forced with a per-run backend "wasm"; and everywhere forced to "wasm-scalar".
 * Each case-result must name the WASM flavour that ran and why; the page's WASM stats are attached.
 */
@Test(groups = "browser")
public class WasmFallbackIT extends BrowserTestBase {
    private RunResult best;
    private RunResult scalar;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public WasmFallbackIT(Browser browser) {
        super(browser);
    }


    @Override
    protected void prepare() {
        Plan plan = Plan.of(settings, FallbackCases.everyOp());
        // WebKitGTK has no WebGPU: 'auto' must fall back by itself. Elsewhere WebGPU exists, so force WASM.
        best = run(browser == Browser.WEBKIT ? plan.withBackend("auto") : plan.withBackend("wasm"));
        scalar = run(plan.withBackend("wasm-scalar"));
    }

    @Test
    public void everyOpRunsOnWasmAndMatchesTheJavaReference() {
        RunLabels.apply(best);
        assertThat(best.errors()).as("page errors").isEmpty();
        Capabilities c = best.capabilities();
        for (CaseOutcome outcome : best.cases()) {
            Steps.step(outcome.kernelCase().id() + " on " + outcome.backend() + ": " + outcome.reason(), () -> {
                assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
                assertThat(outcome.backend().isWasm()).as("backend " + outcome.backend()).isTrue();
                assertThat(outcome.check().orElseThrow().passed()).as(outcome.kernelCase().id() + ": "
                        + outcome.check().orElseThrow().summary()).isTrue();
                if (browser == Browser.WEBKIT) {
                    assertThat(outcome.reason()).startsWith("fell back to WebAssembly: ")
                            .contains(c.webgpu().reason()).contains("WebNN not used: ");
                } else {
                    assertThat(outcome.reason()).startsWith("forced by -Dbackend=wasm");
                }
                if (c.wasm().simd() && c.wasm().threads() && c.hardwareConcurrency() >= 2) {
                    assertThat(outcome.backend()).as("isolated page with SIMD and threads: " + outcome.reason())
                            .isEqualTo(Backend.WASM_SIMD_THREADS);
                    assertThat(outcome.reason()).contains("worker threads on one shared memory");
                } else {
                    assertThat(outcome.backend()).isNotEqualTo(Backend.WASM_SIMD_THREADS);
                    assertThat(outcome.reason()).as("why not threads").contains("not wasm-simd-threads: ").contains("one thread");
                }
            });
        }
    }

    @Test
    public void forcedScalarRunsEveryOpWithoutSimdAndMatches() {
        RunLabels.apply(scalar);
        assertThat(scalar.errors()).as("page errors").isEmpty();
        for (CaseOutcome outcome : scalar.cases()) {
            Steps.step(outcome.kernelCase().id() + " on " + outcome.backend(), () -> {
                assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
                assertThat(outcome.backend()).isEqualTo(Backend.WASM_SCALAR);
                assertThat(outcome.reason()).startsWith("forced by -Dbackend=wasm-scalar").contains("one thread");
                assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
            });
        }
    }

    @Test
    public void pageReportsWasmStats() {
        for (RunResult run : new RunResult[] {best, scalar}) {
            WasmStats stats = WasmStats.from(run.console()).orElseThrow(() -> new AssertionError("no wasm-stats line"));
            Attachments.json(browser.id() + " wasm stats (" + run.runId() + ")", stats.raw());
            Attachments.text(browser.id() + " wasm stats table (" + run.runId() + ")", stats.table());
            System.out.println("[" + browser.id() + "] WASM stats of run " + run.runId() + ":\n" + stats.table());
            String flavour = run.cases().get(0).backend().id();
            assertThat(stats.flavours()).as("flavours loaded").containsKey(flavour);
            WasmStats.Flavour f = stats.flavours().get(flavour);
            assertThat(f.simd()).isEqualTo(!flavour.equals("wasm-scalar"));
            assertThat(f.threads()).isEqualTo(flavour.equals("wasm-simd-threads") ? f.workers() : 1);
            assertThat(f.ops()).containsKeys("matmul", "qmatmul", "softmax", "layernorm", "attention", "conv1d", "logmel", "mha", "rope",
                    "groupnorm", "transpose", "weightnorm");
            assertThat(f.ops().get("matmul").count()).as("matmul calls: matmul + conv2d_patch cases, cold + warm-up + timed")
                    .isGreaterThanOrEqualTo(2L * (1 + settings.warmup() + settings.iterations()));
        }
    }

    @Test
    public void nothingTheRealPageSentWasRefused() {
        assertThat(best.rejections()).isEmpty();
        assertThat(scalar.rejections()).isEmpty();
    }
}

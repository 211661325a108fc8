package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Backend;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.GoldenModels;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Whole models from their config.json and model.safetensors, as Hugging Face publishes them: the small random
 * models of models/goldens/ run in the page (weights streamed in byte ranges, checked against the config, resident
 * on the device, one readback per inference) and must reproduce what transformers computed. WebGPU where the page
 * has it (Chromium, Firefox), WebAssembly where not (WebKitGTK).
 */
@Test(groups = "browser")
public class ModelGoldenIT extends BrowserTestBase {
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelGoldenIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        List<KernelCase> cases = GoldenModels.FAMILIES.stream()
                .map(f -> GoldenModels.golden(settings.projectDir(), f)).toList();
        run = run(Plan.correctness("auto", cases).withPurpose("models"));
    }

    @Test
    public void bertMatchesTransformers() {
        assertMatches("bert");
    }

    @Test
    public void vitMatchesTransformers() {
        assertMatches("vit");
    }

    @Test
    public void clipMatchesTransformers() {
        assertMatches("clip");
    }

    @Test
    public void llamaMatchesTransformers() {
        assertMatches("llama");
    }

    private void assertMatches(String family) {
        CaseOutcome outcome = run.find("model-" + family + "-golden").orElseThrow();
        assertThat(outcome.ran()).as(family + " ran in " + run.label() + ": " + outcome.reason()).isTrue();
        if (run.capabilities().webgpu().available()) {
            assertThat(outcome.backend()).as("WebGPU is available: " + outcome.reason()).isEqualTo(Backend.WEBGPU);
        } else {
            assertThat(outcome.backend().isWasm()).as("no WebGPU: " + outcome.reason()).isTrue();
        }
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("readbacks per inference").isEqualTo(1);
        long parameters = GoldenModels.load(settings.projectDir(), family).parameters();
        assertThat(outcome.result().orElseThrow().memory().weightBytes()).as("f32 weights resident once: 4 bytes x "
                + parameters + " parameters").isEqualTo(4 * parameters);
        assertThat(run.record(outcome.kernelCase().id()).orElseThrow().series()).as("load, cold and warm series")
                .extracting(s -> s.metric().id()).contains("load-ms", "cold-ms", "warm-median-ms");
        assertThat(outcome.check().orElseThrow().passed()).as(family + " on " + outcome.backend() + " in "
                + run.label() + " vs transformers: " + outcome.check().orElseThrow().summary()).isTrue();
    }
}

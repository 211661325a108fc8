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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Whole models from their config.json and model.safetensors, as Hugging Face publishes them: the small random
 * models of models/goldens/ (BERT, ViT, CLIP, LLaMA, Whisper's encoder, Wav2Vec2) run in the page (weights streamed in byte ranges, checked against the config, resident
 * on the device, one readback per inference) and must reproduce what transformers computed. WebGPU where the page
 * has it (Chromium, Firefox), WebAssembly where not (WebKitGTK).
 */
@Test(groups = "browser")
public class ModelGoldenIT extends BrowserTestBase {
    private final Map<String, RunResult> runs = new HashMap<>();

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelGoldenIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        for (String family : GoldenModels.FAMILIES) {  // a page run each: each its own run timeout
            KernelCase golden = GoldenModels.golden(settings.projectDir(), family);
            runs.put(family, run(Plan.correctness("auto", List.of(golden)).withPurpose("models")));
        }
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

    @Test
    public void whisperEncoderMatchesTransformers() {
        assertMatches("whisper");
    }

    @Test
    public void wav2vec2MatchesTransformers() {
        assertMatches("wav2vec2");
    }

    private void assertMatches(String family) {
        RunResult run = runs.get(family);
        CaseOutcome outcome = run.find("model-" + family + "-golden").orElseThrow();
        assertThat(outcome.ran()).as(family + " ran in " + run.label() + ": " + outcome.reason()).isTrue();
        if (run.capabilities().webgpu().available()) {
            assertThat(outcome.backend()).as("WebGPU is available: " + outcome.reason()).isEqualTo(Backend.WEBGPU);
        } else {
            assertThat(outcome.backend().isWasm()).as("no WebGPU: " + outcome.reason()).isTrue();
        }
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("readbacks per inference").isEqualTo(1);
        long read = outcome.kernelCase().weights().stream().flatMap(f -> f.tensors().stream())
                .mapToLong(t -> t.elements()).sum();
        assertThat(outcome.result().orElseThrow().memory().weightBytes()).as("f32 weights resident once: 4 bytes x "
                + read + " parameters read (of " + GoldenModels.load(settings.projectDir(), family).parameters()
                + " in the file)").isEqualTo(4 * read);
        assertThat(run.record(outcome.kernelCase().id()).orElseThrow().series()).as("load, cold and warm series")
                .extracting(s -> s.metric().id()).contains("load-ms", "cold-ms", "warm-median-ms");
        assertThat(outcome.check().orElseThrow().passed()).as(family + " on " + outcome.backend() + " in "
                + run.label() + " vs transformers: " + outcome.check().orElseThrow().summary()).isTrue();
    }
}

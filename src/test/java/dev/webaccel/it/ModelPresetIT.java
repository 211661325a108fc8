package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.Preset;
import dev.webaccel.workload.models.PresetInputs.Size;
import dev.webaccel.workload.models.Presets;
import java.util.List;
import org.testng.SkipException;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The real-size presets (bert-base-uncased, vit-base-patch16-224, clip-vit-base-patch32, SmolLM-135M) with their
 * CI-sized inputs, in Chromium only: 330 to 600 MB of weights each are fetched, checked and made resident, and the
 * output must match the same graph on the Java references. {@link #BACKEND} says which backend and why; the
 * other engines run the full-size inputs in ModelBenchmarkIT.
 */
@Test(groups = "browser")
public class ModelPresetIT extends BrowserTestBase {
    /** See the class comment of the measurement in README (Model presets) for the timing this choice rests on. */
    static final String BACKEND = System.getProperty("preset.backend", "webgpu");

    private final java.util.Map<Preset, RunResult> runs = new java.util.EnumMap<>(Preset.class);

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelPresetIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        if (browser != Browser.CHROME) {
            throw new SkipException("the real-size presets run in Chromium only in the default suite (each loads "
                    + "hundreds of MB of weights); ModelBenchmarkIT runs them in every engine");
        }
        for (Preset preset : Preset.withGraphs()) {
            long t0 = System.nanoTime();
            KernelCase c = Presets.modelCase(preset, Size.CI, settings.projectDir());
            long t1 = System.nanoTime();
            RunResult r = run(Plan.correctness(BACKEND, List.of(c)).withPurpose("models"));
            long t2 = System.nanoTime();
            runs.put(preset, r);
            CaseOutcome o = r.find(c.id()).orElseThrow();
            System.out.printf("PRESET-TIMING %s java %.1fs page %.1fs cold %s timed %s backend %s check %s%n", preset,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, o.coldWallMs(), java.util.Arrays.toString(o.timedWallMs()),
                    o.backend(), o.check().map(k -> k.summary()).orElse(o.reason()));
        }
    }

    @DataProvider
    public Object[][] presets() {
        return Preset.withGraphs().stream().map(p -> new Object[] {p}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "presets")
    public void theCiSizedPresetMatchesTheJavaReference(Preset preset) {
        RunResult run = runs.get(preset);
        CaseOutcome outcome = run.find(Presets.caseId(preset, Size.CI)).orElseThrow();
        assertThat(outcome.ran()).as(preset + " ran in " + run.label() + ": " + outcome.reason()).isTrue();
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("readbacks per inference").isEqualTo(1);
        assertThat(outcome.check().orElseThrow().passed()).as(preset + " on " + outcome.backend() + " in "
                + run.label() + " vs Java: " + outcome.check().orElseThrow().summary()).isTrue();
    }
}

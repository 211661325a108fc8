package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.Composites;
import java.nio.file.Path;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Composite models whose components load as separate safetensors files (the golden towers' own files and a seeded
 * projector), run as one graph with one readback, against the Java reference composed from reference.models.
 */
@Test(groups = "browser")
public class ModelCompositeIT extends BrowserTestBase {
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelCompositeIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        Path dir = settings.projectDir().resolve("target/webaccel/composites");
        run = run(Plan.correctness("auto", List.of(Composites.llava(settings.projectDir(), dir),
                Composites.clap(settings.projectDir(), dir))).withPurpose("models"));
    }

    @Test
    public void llavaStyleModelFromThreeComponentsMatchesItsReference() {
        assertMatches("llava");
    }

    @Test
    public void clapStyleModelFromThreeComponentsMatchesItsReference() {
        assertMatches("clap");
    }

    private void assertMatches(String model) {
        CaseOutcome outcome = run.find("model-" + model + "-composite").orElseThrow();
        assertThat(outcome.ran()).as(model + " in " + run.label() + ": " + outcome.reason()).isTrue();
        assertThat(outcome.kernelCase().weights()).as("components loaded from their own files").hasSize(3);
        assertThat(outcome.result().orElseThrow().readbacksPerRun()).as("readbacks per inference").isEqualTo(1);
        assertThat(outcome.check().orElseThrow().passed()).as(model + " on " + outcome.backend() + " in "
                + run.label() + ": " + outcome.check().orElseThrow().summary()).isTrue();
    }
}

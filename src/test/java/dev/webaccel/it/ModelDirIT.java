package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.GoldenModels;
import dev.webaccel.workload.models.ModelDirs;
import java.nio.file.Path;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * A user's own model folder, {@code -Dmodel.dir=}, runs in every selected browser against the Java reference.
 * Without the setting it runs the BERT golden laid out as a task checkpoint (tensors under {@code bert.}, a
 * {@code cls.} head), the way bert-base-uncased is published.
 */
@Test(groups = "browser")
public class ModelDirIT extends BrowserTestBase {
    private KernelCase model;
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelDirIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        Path dir = settings.modelDir().map(Path::of).orElseGet(() -> ModelDirs.asTaskCheckpoint(
                GoldenModels.root(settings.projectDir()).resolve("bert"),
                settings.projectDir().resolve("target/webaccel/model-dir-" + browser.id()), "bert."));
        model = ModelDirs.of(dir);
        run = run(Plan.correctness("auto", List.of(model)).withPurpose("models"));
    }

    @Test
    public void theModelFolderRunsAndMatchesTheJavaReference() {
        CaseOutcome outcome = run.find(model.id()).orElseThrow();
        assertThat(outcome.ran()).as(model.id() + " in " + run.label() + ": " + outcome.reason()).isTrue();
        assertThat(outcome.check().orElseThrow().passed()).as(model.id() + " on " + outcome.backend() + ": "
                + outcome.check().orElseThrow().summary()).isTrue();
    }
}

package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.GoldenModels;
import dev.webaccel.workload.models.SafetensorsDtype;
import dev.webaccel.workload.models.WeightDefects;
import dev.webaccel.workload.models.WeightDefects.Defect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The page's checks of a weight file before any of it is used: truncated files, corrupt or oversized headers,
 * missing, unexpected, overlapping, mis-shaped or mis-typed tensors, and a NaN weight each fail their case with an error naming the
 * file, the tensor and the problem, and the page goes on: the intact model after them still runs and matches.
 * F16 and BF16 files are widened at load and match the Java references on the same rounded weights.
 */
@Test(groups = "browser")
public class ModelWeightsIT extends BrowserTestBase {
    private static final String TENSOR = "pooler.dense.weight";
    private static final String SMALL = "pooler.dense.bias";

    private List<Defect> defects;
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelWeightsIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        GoldenModels.Golden bert = GoldenModels.load(settings.projectDir(), "bert");
        Path dir = settings.projectDir().resolve("target/webaccel/weights-" + browser.id());
        defects = WeightDefects.of(bert.dir().resolve("model.safetensors"), dir, TENSOR, SMALL);
        List<KernelCase> cases = new ArrayList<>();
        defects.forEach(d -> cases.add(bert.reading(d)));
        cases.add(bert.storedAs(SafetensorsDtype.F16, dir));
        cases.add(bert.storedAs(SafetensorsDtype.BF16, dir));
        cases.add(bert.toCase());
        run = run(Plan.correctness("auto", cases).withPurpose("models"));
    }

    @DataProvider
    public Object[][] defectNames() {
        return new Object[][] {{"truncated"}, {"huge-header"}, {"not-json"}, {"missing-tensor"}, {"wrong-shape"},
                {"wrong-dtype"}, {"unexpected-tensor"}, {"overlapping"}, {"nan-weight"}};
    }

    @Test(dataProvider = "defectNames")
    public void aDamagedFileFailsItsCaseNamingTheProblem(String name) {
        Defect defect = defects.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        CaseOutcome outcome = run.find("model-bert-" + name).orElseThrow();
        assertThat(outcome.status()).as(name + ": " + outcome.reason()).isEqualTo(CaseStatus.ERROR);
        assertThat(outcome.reason()).as("the error names the file").contains("bert-" + name + ":")
                .contains(defect.expectedError());
    }

    @Test
    public void halfPrecisionFilesAreWidenedAtLoad() {
        for (String dtype : List.of("f16", "bf16")) {
            CaseOutcome outcome = run.find("model-bert-" + dtype).orElseThrow();
            assertThat(outcome.ran()).as(dtype + ": " + outcome.reason()).isTrue();
            assertThat(outcome.check().orElseThrow().passed()).as(dtype + " weights: "
                    + outcome.check().orElseThrow().summary()).isTrue();
        }
    }

    @Test
    public void theIntactModelAfterTheDamagedOnesStillRunsAndMatches() {
        CaseOutcome outcome = run.find("model-bert-golden").orElseThrow();
        assertThat(outcome.ran()).as(outcome.reason()).isTrue();
        assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
    }
}

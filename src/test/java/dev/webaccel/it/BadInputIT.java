package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.PageError;
import dev.webaccel.testng.RunLabels;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.cases.ElementwiseCases;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import java.util.Map;
import org.testng.SkipException;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Broken inputs must be reported, not hidden: a shader that does not compile (with the compiler's file:line:col),
 * a dispatch beyond the device's limits (naming the limit), and NaN in the output (named by index).
 */
@Test(groups = "browser")
public class BadInputIT extends BrowserTestBase {
    /** Served from wgsl/ like every kernel, but exists only for this test. */
    static final String BROKEN_SHADER = "test_only_broken.wgsl";
    /** Default maxComputeWorkgroupsPerDimension is 65535; matmul_naive covers 16 columns per workgroup. */
    static final int TOO_WIDE = 65_536 * 16;
    static final int NAN_INDEX = 7;

    private RunResult gpuRun;
    private RunResult nanRun;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public BadInputIT(Browser browser) {
        super(browser);
    }


    static KernelCase brokenShader() {
        KernelCase add = ElementwiseCases.of("add", 64, 1f, 1);
        return new KernelCase("bad-shader-compilation", add.op(), add.params(), new KernelSpec(BROKEN_SHADER, "add", Map.of()),
                add.inputs(), add.outputShape(), add.expected(), add.errorScale(), add.tolerance(), List.of(), null,
                List.of());
    }

    static KernelCase nanInput() {
        float[] a = new SeededRandom(2).uniform(64, -1f, 1f);
        float[] b = new SeededRandom(3).uniform(64, -1f, 1f);
        a[NAN_INDEX] = Float.NaN;
        return ElementwiseCases.of("add", a, b, "-nan-input");
    }

    @Override
    protected void prepare() {
        // Forced WebGPU: a WASM fallback would not compile the shader nor meet the GPU limit.
        gpuRun = run((Plan.correctness("webgpu", List.of(brokenShader(),
                MatMulCases.of("matmul_naive", 1, TOO_WIDE, 1, 4)))));
        nanRun = run(Plan.correctness(settings.backend(), List.of(nanInput())));
    }

    private void requireWebGpu() {
        RunLabels.apply(gpuRun);
        if (!gpuRun.capabilities().webgpu().available()) {
            CaseOutcome any = gpuRun.cases().get(0);
            assertThat(any.ran()).isFalse();
            assertThat(any.reason()).isNotBlank();
            throw new SkipException(gpuRun.label() + " has no WebGPU (" + gpuRun.capabilities().webgpu().reason()
                    + "); the case was reported not-run: " + any.reason());
        }
    }

    @Test
    public void brokenShaderReportsCompilerMessagesWithLineNumbers() {
        requireWebGpu();
        CaseOutcome outcome = gpuRun.find("bad-shader-compilation").orElseThrow();
        assertThat(outcome.ran()).as("a shader that does not compile cannot run").isFalse();
        PageError error = error(gpuRun, "bad-shader-compilation");
        assertThat(error.kind()).isEqualTo("shader-compilation");
        assertThat(error.message()).as(error.message()).containsPattern(BROKEN_SHADER.replace(".", "\\.") + ":\\d+:\\d+");
        assertThat(error.message()).contains("undefined_variable");
    }

    @Test
    public void dispatchBeyondTheDeviceLimitNamesTheLimit() {
        requireWebGpu();
        String id = "matmul-naive-1x" + TOO_WIDE + "x1";
        CaseOutcome outcome = gpuRun.find(id).orElseThrow();
        assertThat(outcome.ran()).as(id + " must not run").isFalse();
        PageError error = error(gpuRun, id);
        assertThat(error.kind()).isEqualTo("limit-exceeded");
        assertThat(error.message()).contains("maxComputeWorkgroupsPerDimension").contains("65536");
        assertThat(outcome.reason()).contains("maxComputeWorkgroupsPerDimension");
    }

    @Test
    public void nanInTheOutputFailsTheCheckAndIsNamed() {
        RunLabels.apply(nanRun);
        CaseOutcome outcome = nanRun.cases().get(0);
        if (!outcome.ran()) {
            assertThat(outcome.reason()).isNotBlank();
            throw new SkipException(nanRun.label() + ": the NaN case did not run: " + outcome.reason());
        }
        OutputCheck check = outcome.check().orElseThrow();
        assertThat(check.passed()).as("NaN must not pass: " + check.summary()).isFalse();
        assertThat(check.nonFinite()).isEqualTo(1);
        assertThat(check.summary()).contains("non-finite").contains("index " + NAN_INDEX);
    }

    private static PageError error(RunResult run, String caseId) {
        return run.errors().stream().filter(e -> caseId.equals(e.caseId())).findFirst()
                .orElseThrow(() -> new AssertionError("no page error for " + caseId + "; errors: " + run.errors()));
    }
}

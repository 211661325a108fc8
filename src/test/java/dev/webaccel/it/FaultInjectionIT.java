package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.protocol.Backend;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.testng.RunLabels;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.testng.Steps;
import java.util.List;
import org.testng.SkipException;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * A real fault, not a simulated one: the page calls {@code device.destroy()} on its WebGPU device after the first
 * case. The remaining cases must fall back to WebAssembly, say "device lost" as the reason, and still match the
 * Java references. Needs WebGPU (Chromium, Firefox); WebKitGTK has none, so it is skipped there with that reason.
 */
@Test(groups = "browser")
public class FaultInjectionIT extends BrowserTestBase {
    private List<KernelCase> cases;
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public FaultInjectionIT(Browser browser) {
        super(browser);
    }


    @Override
    protected void prepare() {
        if (browser == Browser.WEBKIT) {
            throw new SkipException("WebKitGTK has no WebGPU on Linux (PLATFORM.md): there is no device to destroy");
        }
        cases = List.of(FallbackCases.everyOp().get(0), FallbackCases.qmatmul(3, 32, QuantScheme.ASYMMETRIC, 31),
                FallbackCases.softmax(32), FallbackCases.layernorm(33), FallbackCases.attention(34),
                FallbackCases.conv1d(1, 35), FallbackCases.logmel());
        Plan plan = Plan.of(settings, cases).withBackend("auto").withDeviceDestroyedAfter(cases.get(0).id());
        run = run(plan);
    }

    @Test
    public void firstCaseRanOnWebGpuBeforeTheFault() {
        RunLabels.apply(run);
        CaseOutcome first = run.cases().get(0);
        assertThat(first.ran()).as(first.reason()).isTrue();
        assertThat(first.backend()).as("WebGPU is available in " + browser + ": " + first.reason()).isEqualTo(Backend.WEBGPU);
        assertThat(first.check().orElseThrow().passed()).as(first.check().orElseThrow().summary()).isTrue();
        assertThat(run.console()).extracting(LogLine::text).anyMatch(t -> t.startsWith("device.destroy() called; device lost: destroyed"));
    }

    @Test
    public void laterCasesFallBackToWasmWithDeviceLostAndStillMatch() {
        RunLabels.apply(run);
        assertThat(run.errors()).as("page errors").isEmpty();
        for (CaseOutcome outcome : run.cases().subList(1, run.cases().size())) {
            Steps.step(outcome.kernelCase().id() + " on " + outcome.backend() + ": " + outcome.reason(), () -> {
                assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
                assertThat(outcome.backend().isWasm()).as("backend after the fault: " + outcome.backend()).isTrue();
                assertThat(outcome.reason()).startsWith("fell back to WebAssembly: device lost (reason 'destroyed'");
                assertThat(outcome.check().orElseThrow().passed()).as(outcome.kernelCase().id() + ": "
                        + outcome.check().orElseThrow().summary()).isTrue();
            });
        }
    }

    @Test
    public void nothingTheRealPageSentWasRefused() {
        assertThat(run.rejections()).isEmpty();
    }
}

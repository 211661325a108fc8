package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.Sample;
import dev.webaccel.report.AllureAttachments;
import dev.webaccel.report.RunLabels;
import dev.webaccel.report.SuiteSummary;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.Plan;
import io.qameta.allure.Allure;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The foundation end to end in one engine: the page loads, reports capabilities, runs a WGSL matmul (or
 * says why not), and the timed, checked result comes back over the result channel.
 */
@Test(groups = "browser")
public class FirstWorkloadIT extends BrowserTestBase {
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public FirstWorkloadIT(Browser browser) {
        super(browser);
    }


    @Override
    protected void prepare() {
        Plan plan = Plan.of(settings, List.of(
                MatMulCases.of("matmul_naive", 64, 64, 64, 1),
                MatMulCases.of("matmul_tiled", 37, 53, 129, 2),
                MatMulCases.of("matmul_tiled", 1, 300, 77, 3)));
        run = remember(harness().run(session(), plan));
        SuiteSummary.record(run);
    }

    @Test
    public void reportsCapabilities() {
        RunLabels.apply(run);
        AllureAttachments.json(browser.id() + " capabilities", run.capabilitiesJson());
        Capabilities c = run.capabilities();
        assertThat(c.browserName()).as("browser name parsed from the user agent").isNotEqualTo("unknown");
        assertThat(c.timerResolutionMs()).as("measured performance.now() resolution").isGreaterThan(0).isLessThan(20);
        assertThat(c.wasm().supported()).as("WebAssembly").isTrue();
        assertThat(c.crossOriginIsolated()).as("COOP/COEP make the page cross-origin isolated").isTrue();
        if (browser == Browser.CHROME || browser == Browser.FIREFOX) {
            assertThat(c.webgpu().available()).as("WebGPU in " + browser + ": " + c.webgpu().reason()).isTrue();
            assertThat(c.webgpu().limits()).containsKey("maxStorageBufferBindingSize");
        }
        if (browser == Browser.WEBKIT) {
            assertThat(c.webgpu().available()).as("WebKitGTK has no WebGPU on Linux").isFalse();
        }
    }

    @Test
    public void matmulMatchesJavaReference() {
        RunLabels.apply(run);
        assertThat(run.errors()).as("page errors").isEmpty();
        for (CaseOutcome outcome : run.cases()) {
            Allure.step(outcome.kernelCase().id() + " on " + outcome.backend(), () -> {
                if (run.capabilities().webgpu().available()) {
                    assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
                    assertThat(outcome.backend()).isEqualTo("webgpu");
                    assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
                } else {
                    assertThat(outcome.ran()).as("no WebGPU: falls back to WebAssembly: " + outcome.reason()).isTrue();
                    assertThat(outcome.backend()).startsWith("wasm");
                    assertThat(outcome.reason()).startsWith("fell back to WebAssembly").contains(run.capabilities().webgpu().reason());
                    assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
                }
            });
        }
    }

    @Test
    public void everyRunCaseWasTimedProperly() {
        RunLabels.apply(run);
        for (CaseOutcome outcome : run.cases()) {
            if (!outcome.ran()) {
                continue;
            }
            List<Sample> timed = outcome.samples().stream().filter(s -> s.phase().equals("timed")).toList();
            assertThat(timed).as("timed samples of " + outcome.kernelCase().id()).hasSizeGreaterThanOrEqualTo(settings.iterations());
            assertThat(outcome.samples().stream().filter(s -> s.phase().equals("warmup"))).hasSize(settings.warmup());
            assertThat(outcome.coldWallMs()).as("cold sample").isPresent();
            assertThat(timed).allSatisfy(s -> {
                assertThat(s.method()).contains("readback");
                assertThat(s.wallMs()).isGreaterThan(0);
            });
        }
    }

    @Test
    public void nothingTheRealPageSentWasRefused() {
        assertThat(run.rejections()).isEmpty();
    }
}

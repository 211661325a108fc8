package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.Phase;
import dev.webaccel.protocol.Sample;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.testng.Steps;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.MatMulCases;
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
        run = run(Plan.of(settings, List.of(
                MatMulCases.of("matmul_naive", 64, 64, 64, 1),
                MatMulCases.of("matmul_tiled", 37, 53, 129, 2),
                MatMulCases.of("matmul_tiled", 1, 300, 77, 3))));
    }

    @Test
    public void reportsCapabilities() {
        Attachments.json(browser.id() + " capabilities", run.capabilitiesJson());
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
        assertThat(run.errors()).as("page errors").isEmpty();
        for (CaseOutcome outcome : run.cases()) {
            Steps.step(outcome.kernelCase().id() + " on " + outcome.backend(), () -> {
                assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
                if (run.capabilities().webgpu().available()) {
                    assertThat(outcome.backend()).isEqualTo(Backend.WEBGPU);
                } else {
                    assertThat(outcome.backend().isWasm()).as("no WebGPU: falls back to WebAssembly: " + outcome.reason())
                            .isTrue();
                    assertThat(outcome.reason()).startsWith("fell back to WebAssembly").contains(run.capabilities().webgpu().reason());
                }
                assertThat(outcome.check().orElseThrow().passed()).as(outcome.check().orElseThrow().summary()).isTrue();
            });
        }
    }

    @Test
    public void everyCaseRanAndWasTimedProperly() {
        assertThat(run.cases()).as("cases of the plan").hasSize(3);
        for (CaseOutcome outcome : run.cases()) {
            assertThat(outcome.ran()).as(outcome.kernelCase().id() + " ran: " + outcome.reason()).isTrue();
            List<Sample> timed = outcome.samples(Phase.TIMED);
            assertThat(timed).as("timed samples of " + outcome.kernelCase().id()).hasSizeGreaterThanOrEqualTo(settings.iterations());
            assertThat(outcome.samples(Phase.WARMUP)).hasSize(settings.warmup());
            assertThat(outcome.coldWallMs()).as("cold sample").isPresent();
            assertThat(timed).allSatisfy(s -> {
                assertThat(s.method()).contains("readback");
                assertThat(s.wallMs()).isGreaterThan(0);
                assertThat(s.ops()).isGreaterThanOrEqualTo(1);
            });
        }
        assertThat(run.records()).as("one result record per case").hasSize(3)
                .allSatisfy(r -> assertThat(r.series()).as(r.workload().caseId() + " series").isNotEmpty());
    }

    @Test
    public void nothingTheRealPageSentWasRefused() {
        assertThat(run.rejections()).isEmpty();
    }
}

package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.bench.ModelBenchmarkTable;
import dev.webaccel.browser.Browser;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.protocol.Phase;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.models.Preset;
import dev.webaccel.workload.models.PresetInputs.Size;
import dev.webaccel.workload.models.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The real-size presets with their full-size inputs (BERT 128 tokens, ViT one 224x224 image, CLIP 2 texts of 77
 * tokens + one image, SmolLM a 64-token prompt) on WebGPU and on forced WebAssembly in every selected engine
 * (-Dbenchmarks=true; group benchmark): load (cold sample), first and warm inferences, checked against the Java
 * references. One page per model and backend, so one slow model does not use up another's run timeout
 * (-Drun.timeout.s; SwiftShader needs minutes for the larger ones). -Dpresets=bert-base-uncased,... picks models.
 */
@Test(groups = "benchmark")
public class ModelBenchmarkIT extends BrowserTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBenchmarkIT.class);
    /** WASM first: its page tells whether the WebGPU adapter is a software one (see {@link #softwareAdapter}). */
    private static final List<String> POLICIES = List.of("wasm", "webgpu");

    private final ModelBenchmarkTable table = new ModelBenchmarkTable();
    private final List<String> failures = new ArrayList<>();
    /** The WebGPU adapter's label when it is SwiftShader, whose WebGPU pages would take many minutes per model. */
    private String softwareAdapter;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ModelBenchmarkIT(Browser browser) {
        super(browser);
    }

    /** A few warm inferences: 2 warm-up, 5 timed; a sample lasts >= 300 ms (1 s in Firefox, its ~100 ms tick). */
    private TimingSpec timing() {
        return new TimingSpec(2, 5, 0, 1, 1, browser == Browser.FIREFOX ? 1000 : 300);
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=ModelBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome -Drun.timeout.s=600)");
        }
        for (Preset preset : Presets.selected(settings.presets())) {
            KernelCase c = Presets.modelCase(preset, Size.FULL, settings.projectDir());
            for (String policy : POLICIES) {
                if (policy.equals("webgpu") && softwareAdapter != null) {
                    table.note(c.id() + " on WebGPU in " + browser.id() + ": not run, the adapter is " + softwareAdapter
                            + " (CPU emulation: bert-base took 229 s to load and 118 s per 16-token inference)");
                    continue;
                }
                try {
                    RunResult run = run(new Plan(policy, timing(), List.of(c)).withPurpose("benchmark"));
                    CaseOutcome outcome = run.find(c.id()).orElseThrow();
                    String adapter = run.capabilities().adapterLabel();
                    softwareAdapter = adapter != null && adapter.contains("SwiftShader") ? adapter : softwareAdapter;
                    table.add(run.record(c.id()).orElseThrow(), firstWarmUp(outcome));
                } catch (RunFailedException e) {
                    failures.add(browser.id() + " " + policy + " " + c.id() + " timed out (raise -Drun.timeout.s): "
                            + e.getMessage());
                    LOG.warn("{}", failures.get(failures.size() - 1));
                }
            }
        }
    }

    private static OptionalDouble firstWarmUp(CaseOutcome outcome) {
        return outcome.samples(Phase.WARMUP).stream().mapToDouble(s -> s.wallMs()).findFirst();
    }

    @Test
    public void reportTable() {
        LOG.info("\nModel benchmarks ({}):\n{}", browser.id(), table.console());
        System.out.println("\n[" + browser.id() + "] model benchmarks\n" + table.console());
        Attachments.markdown(browser.id() + " model benchmarks", table.markdown());
        Attachments.csv(browser.id() + " model benchmarks", table.csv());
        writeCopy();
        assertThat(failures).as("model pages that did not finish").isEmpty();
        assertThat(table.size()).as("benchmark rows").isPositive();
        assertThat(table.allChecked()).as("every benchmarked model matched its Java reference").isTrue();
    }

    /** A copy under target/benchmarks/ for reading outside Allure. */
    private void writeCopy() {
        try {
            Path dir = settings.projectDir().resolve("target/benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("models-" + browser.id() + ".md"), table.markdown());
            Files.writeString(dir.resolve("models-" + browser.id() + ".csv"), table.csv());
        } catch (IOException e) {
            LOG.warn("could not write target/benchmarks: {}", e.getMessage());
        }
    }
}

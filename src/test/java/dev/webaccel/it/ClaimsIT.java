package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.claims.ClaimPolicy;
import dev.webaccel.claims.ClaimResult;
import dev.webaccel.claims.ClaimVerdicts;
import dev.webaccel.claims.ClaimsFile;
import dev.webaccel.claims.ClaimsJudge;
import dev.webaccel.claims.ClaimsTable;
import dev.webaccel.claims.Gap;
import dev.webaccel.claims.KnownGaps;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.protocol.Backend;
import dev.webaccel.report.ClaimsReport;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.testng.Steps;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.LogMelCases;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Measures the workloads behind claims/guide-claims.json in every selected browser and judges every claim once all
 * browsers have run. Per browser: log-mel FFT (optimized) and DFT (baseline) at the durations of
 * {@code -Dclaims.audio.seconds} (one page run per case, WebGPU forced), a 512³ tiled matmul on WebGPU, and the
 * same matmul with the WebAssembly backend forced. Hard assertions are about behaviour (the backend that ran,
 * outputs against the Java references) and completeness (every claim judged with a reason, no measurement lost);
 * verdicts follow {@code -Dclaims} ({@link ClaimPolicy}).
 */
@Test(groups = "browser")
public class ClaimsIT extends BrowserTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimsIT.class);
    private static final String PURPOSE = "claims";
    private static final int MATMUL_SIZE = 512;

    private final List<RunResult> runs = new ArrayList<>();

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ClaimsIT(Browser browser) {
        super(browser);
    }

    @Test(groups = "claims-measure")
    public void measureClaimWorkloads() {
        try {
            // One page run per case: a 60 s DFT on a CPU adapter takes many seconds per run, and each run has
            // its own timeout (-Drun.timeout.s).
            for (double seconds : audioSeconds()) {
                measure("webgpu", LogMelCases.of("fft", seconds, LogMelCases.DEFAULT_WORKGROUP, "chirp", 5));
                measure("webgpu", LogMelCases.of("dft", seconds, LogMelCases.DEFAULT_WORKGROUP, "chirp", 5));
            }
            measure("webgpu", MatMulCases.of("matmul_tiled", MATMUL_SIZE, MATMUL_SIZE, MATMUL_SIZE, 512));
            measure("wasm", MatMulCases.of("matmul_tiled", MATMUL_SIZE, MATMUL_SIZE, MATMUL_SIZE, 512));
        } finally {
            closeSession(); // the next browser measures on an otherwise quiet machine
        }
        for (RunResult r : runs) {
            assertBehaviour(r);
        }
    }

    /**
     * Once every browser has measured (the group dependency spans all factory instances; dependsOnMethods would
     * only wait for this instance): every claim of the file gets a verdict with its reason, and every claims record
     * of the suite reached the verdicts as measurements or as a gap.
     */
    @Test(dependsOnGroups = "claims-measure", alwaysRun = true)
    public void judgeClaims() {
        List<ResultRecord> records = suiteRecords().stream().filter(r -> r.run().purpose().equals(PURPOSE)).toList();
        ClaimsFile file = ClaimsFile.load(settings.projectDir().resolve("claims/guide-claims.json"));
        List<Gap> known = new ArrayList<>(KnownGaps.notImplemented("matmul-" + MATMUL_SIZE));
        known.addAll(KnownGaps.durationsNotRun(file, settings.claimsAudioSeconds(),
                s -> "logmel-" + LogMelCases.secondsLabel(s)));
        ClaimsJudge.Judgement judgement = ClaimsJudge.judge(file, records, known);
        publishVerdicts(ClaimVerdicts.of(judgement.results()));
        ClaimPolicy policy = ClaimPolicy.parse(settings.claims());
        String markdown = ClaimsReport.markdown(judgement.results(), judgement.measurements(), judgement.runs(),
                policy.note());
        ClaimsReport.write(settings.projectDir().resolve("target/webaccel"), markdown, judgement.measurements());
        Attachments.markdown("claims table", markdown);
        Attachments.csv("claim measurements (raw samples)", ClaimsReport.csv(judgement.measurements()));
        Attachments.json("claim measurements", ClaimsReport.json(judgement.measurements()));
        LOG.warn("\n{}\nGUIDE CLAIMS: {} of {} claims are REFUTED or INCONCLUSIVE (policy -Dclaims={}); table also in "
                + "target/webaccel/claims.md\n{}\n{}", "=".repeat(100), ClaimPolicy.needingAttention(judgement.results())
                .size(), judgement.results().size(), settings.claims(), "=".repeat(100),
                ClaimsTable.console(judgement.results()));

        assertThat(judgement.results()).as("a verdict for every claim of the file").hasSize(file.claims().size())
                .allSatisfy(r -> assertThat(r.reason()).as(r.claim().id() + " verdict reason").isNotBlank());
        long measuredSeries = records.stream().filter(ResultRecord::ranAndPassed).mapToLong(r -> r.series().size()).sum();
        assertThat(judgement.measurements()).as("every series of every passing claims record is a measurement")
                .hasSize((int) measuredSeries);
        long failedRecords = records.stream().filter(r -> !r.ranAndPassed()).count();
        assertThat(judgement.gaps().size()).as("every claims record that gave no measurement is a gap")
                .isGreaterThanOrEqualTo((int) failedRecords);

        List<ClaimResult> mine = judgement.results().stream().filter(r -> r.claim().involves(browser.id())).toList();
        for (ClaimResult r : mine) {
            String step = r.claim().id() + ": " + r.verdict() + " - " + r.reason();
            switch (r.verdict()) {
                case SUPPORTED -> Steps.passed(step);
                case REFUTED -> Steps.failed(step);
                case INCONCLUSIVE -> Steps.skipped(step);
            }
        }
        Steps.description(mine.stream().map(r -> "- " + r.claim().id() + ": **" + r.verdict() + "** " + r.reason())
                .collect(Collectors.joining("\n", "Claims involving " + browser.id() + " (policy " + settings.claims()
                        + ")\n\n", "\n")));
        List<ClaimResult> failing = policy.failures(mine);
        assertThat(failing).as("claims refuted under -Dclaims=strict:\n" + failing.stream()
                .map(r -> r.claim().id() + ": " + r.reason()).collect(Collectors.joining("\n"))).isEmpty();
    }

    private void measure(String backend, KernelCase kernelCase) {
        TimingSpec timing = new TimingSpec(settings.claimsWarmup(), settings.claimsIterations(), settings.minTimeMs(),
                settings.tickMultiple(), 1, 0);
        runs.add(run(new Plan(backend, timing, List.of(kernelCase)).withPurpose(PURPOSE)));
    }

    /** Fallback behaviour is always a hard assertion: which backend ran, and that it computed the right thing. */
    private static void assertBehaviour(RunResult run) {
        String forced = run.records().isEmpty() ? "?" : run.records().get(0).run().requestedBackend();
        assertThat(run.errors()).as("page errors in " + run.label()).isEmpty();
        assertThat(run.rejections()).as("refused messages").isEmpty();
        for (CaseOutcome outcome : run.cases()) {
            String id = outcome.kernelCase().id() + " in " + run.label() + " (forced " + forced + ")";
            if (!outcome.ran()) {
                assertThat(outcome.reason()).as("a case that did not run says why: " + id).isNotBlank();
                assertThat(forced.equals("webgpu") && run.capabilities().webgpu().available())
                        .as("with WebGPU available a forced-WebGPU case must run: " + id + ": " + outcome.reason())
                        .isFalse();
                continue;
            }
            if (forced.equals("webgpu")) {
                assertThat(outcome.backend()).as("backend of " + id).isEqualTo(Backend.WEBGPU);
            } else {
                assertThat(outcome.backend().isWasm()).as("backend of " + id + ": " + outcome.backend()).isTrue();
            }
            assertThat(outcome.check()).as("output check of " + id).isPresent();
            assertThat(outcome.check().get().passed()).as(id + ": " + outcome.check().get().summary()).isTrue();
            assertThat(outcome.timedWallMs().length).as("timed samples of " + id).isGreaterThanOrEqualTo(1);
        }
    }

    private List<Double> audioSeconds() {
        return Arrays.stream(settings.claimsAudioSeconds().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Double::parseDouble).toList();
    }
}

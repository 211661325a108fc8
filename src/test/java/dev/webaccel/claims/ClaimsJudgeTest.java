package dev.webaccel.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Op;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.results.Environment;
import dev.webaccel.results.Machine;
import dev.webaccel.results.Metric;
import dev.webaccel.results.Outcome;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.RunInfo;
import dev.webaccel.results.Series;
import dev.webaccel.results.Workload;
import dev.webaccel.workload.OutputCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** The real claims file judged from records: every claim a verdict with a reason, nothing lost, known gaps named. */
@Test(groups = "unit")
public class ClaimsJudgeTest {
    private static final Path FILE = Path.of(System.getProperty("webaccel.project.dir", "."), "claims/guide-claims.json");

    private static ResultRecord record(String run, String browser, Backend backend, String workload, String variant,
                                       boolean passed, double... warm) {
        RunInfo info = new RunInfo(run, "claims", backend == Backend.WEBGPU ? "webgpu" : "wasm", "2026-12-02T00:00:00Z",
                new Machine("h", 2, "Linux", "17", "abc"));
        Environment env = new Environment(browser, "1.0", backend == Backend.WEBGPU ? browser + "-adapter" : "none",
                backend, null, 0.005, null);
        Workload w = new Workload(run, Op.LOGMEL, workload, variant, Map.of(), "logmel.wgsl:logmel_fft", 1, Double.NaN, 4);
        List<Series> series = List.of(new Series(Metric.WARM_MS, TimingMethod.GPU_TIMESTAMP, 0.005, 1, warm),
                new Series(Metric.WARM_WALL_MS, TimingMethod.WALL_CLOCK, 0.005, 1, warm),
                new Series(Metric.COLD_MS, TimingMethod.COLD_WALL_CLOCK, 0.005, 1, new double[] {warm[0] * 3}));
        return new ResultRecord(info, env, w, new Outcome(CaseStatus.OK, "test", 1), series,
                new OutputCheck(passed, 1, passed ? 0 : 1, 0, 0, 0, passed ? "ok" : "1 of 1 values outside tolerance"));
    }

    public void everyClaimGetsAVerdictAndEveryRecordIsUsed() {
        ClaimsFile file = ClaimsFile.load(FILE);
        List<ResultRecord> records = new ArrayList<>();
        double[] fast = {10, 10.2, 9.9, 10.1, 10, 10.3};
        double[] slow = {55, 56, 54, 55.5, 55.2, 54.8};
        records.add(record("r1", "chrome", Backend.WEBGPU, "logmel-5s", "optimized", true, fast));
        records.add(record("r2", "chrome", Backend.WEBGPU, "logmel-5s", "baseline", true, slow));
        records.add(record("r3", "firefox", Backend.WEBGPU, "logmel-5s", "optimized", false, fast));
        List<Gap> known = new ArrayList<>(KnownGaps.notImplemented("matmul-512"));
        known.addAll(KnownGaps.durationsNotRun(file, "5", s -> "logmel-" + (long) s + "s"));

        ClaimsJudge.Judgement j = ClaimsJudge.judge(file, records, known);

        assertThat(j.results()).hasSize(file.claims().size())
                .allSatisfy(r -> assertThat(r.reason()).as(r.claim().id()).isNotBlank());
        assertThat(j.measurements()).as("3 series of each passing record").hasSize(6);
        assertThat(j.gaps()).anySatisfy(g -> assertThat(g.reason()).contains("failed the check"));
        assertThat(j.gaps()).anySatisfy(g -> assertThat(g.reason())
                .isEqualTo("logmel-15s was not run: -Dclaims.audio.seconds=5 leaves it out"));
        assertThat(j.gaps()).noneSatisfy(g -> assertThat(g.workload()).isEqualTo("logmel-5s").isNotNull()
                .satisfies(w -> assertThat(g.reason()).contains("was not run")));
        assertThat(j.runs()).hasSize(3).first().asString().contains("chrome 1.0").contains("(backend webgpu)");
    }
}

package dev.webaccel.claims;

import dev.webaccel.results.ResultRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Judges every claim of a claims file from result records and the known gaps. */
public final class ClaimsJudge {
    private ClaimsJudge() {
    }

    /** The verdicts, the measurements they rest on, and one label per page run that contributed. */
    public record Judgement(List<ClaimResult> results, List<Measurement> measurements, List<Gap> gaps,
                            List<String> runs, int recordsRead) {
        public Judgement {
            results = List.copyOf(results);
            measurements = List.copyOf(measurements);
            gaps = List.copyOf(gaps);
            runs = List.copyOf(runs);
        }
    }

    public static Judgement judge(ClaimsFile file, List<ResultRecord> records, List<Gap> knownGaps) {
        RecordMeasurements converted = RecordMeasurements.from(records);
        List<Gap> gaps = new ArrayList<>(converted.gaps());
        gaps.addAll(knownGaps);
        List<ClaimResult> results = new ClaimVerifier().verifyAll(file.claims(), converted.measurements(), gaps);
        return new Judgement(results, converted.measurements(), gaps, runLabels(records), records.size());
    }

    /** "chrome 156.0.8078.108 on SwiftShader Device (Subzero) (backend webgpu)", once per page run. */
    static List<String> runLabels(List<ResultRecord> records) {
        Map<String, String> byRun = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            byRun.putIfAbsent(r.run().runId(), r.environment().label() + " (backend " + r.run().requestedBackend() + ")");
        }
        return List.copyOf(byRun.values());
    }
}

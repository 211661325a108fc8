package dev.webaccel.report;

import dev.webaccel.claims.Gap;
import dev.webaccel.claims.Measurement;
import java.util.ArrayList;
import java.util.List;

/**
 * Suite-wide store of claim measurements: each browser's test instance adds what its runs gave, and the verdicts
 * are computed once every browser has run (browsers run in separate test instances).
 */
public final class ClaimsCollector {
    private static final List<Measurement> MEASUREMENTS = new ArrayList<>();
    private static final List<Gap> GAPS = new ArrayList<>();
    private static final List<String> RUNS = new ArrayList<>();

    private ClaimsCollector() {
    }

    public static synchronized void add(String runLabel, ClaimsMeasurements.Converted converted) {
        RUNS.add(runLabel);
        MEASUREMENTS.addAll(converted.measurements());
        GAPS.addAll(converted.gaps());
    }

    public static synchronized void addGap(Gap gap) {
        GAPS.add(gap);
    }

    public static synchronized List<Measurement> measurements() {
        return List.copyOf(MEASUREMENTS);
    }

    public static synchronized List<Gap> gaps() {
        return List.copyOf(GAPS);
    }

    /** "chrome 156.0.7258.154 on swiftshader (auto)": one line per page run that contributed. */
    public static synchronized List<String> runs() {
        return List.copyOf(RUNS);
    }
}

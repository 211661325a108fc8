package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import dev.webaccel.results.Environment;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Result records as claim measurements: each series of a record that ran on a known backend and passed its
 * output check becomes one {@link Measurement} under the record's workload name and variant. A record that gives
 * none (not run, failed check, no backend) becomes a {@link Gap} saying why, so claims needing it are
 * INCONCLUSIVE with that reason.
 */
public final class RecordMeasurements {
    private final List<Measurement> measurements;
    private final List<Gap> gaps;

    private RecordMeasurements(List<Measurement> measurements, List<Gap> gaps) {
        this.measurements = List.copyOf(measurements);
        this.gaps = List.copyOf(gaps);
    }

    public static RecordMeasurements from(List<ResultRecord> records) {
        List<Measurement> out = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (ResultRecord r : records) {
            Environment e = r.environment();
            String problem = problem(r);
            if (problem != null) {
                Backend wanted = requested(r.run().requestedBackend());
                gaps.add(new Gap(r.workload().name(), null, new Selector(e.browser(), wanted, r.workload().variant(),
                        null), describe(r.run().requestedBackend()) + " did not run: " + problem));
                continue;
            }
            for (Series s : r.series()) {
                out.add(new Measurement(e.browser(), e.browserVersion(), e.adapter(), e.backend(), r.workload().name(),
                        r.workload().variant(), s.metric().id(), s.method().description(), s.resolutionMs(),
                        s.valuesMs()));
            }
        }
        return new RecordMeasurements(out, gaps);
    }

    public List<Measurement> measurements() {
        return measurements;
    }

    public List<Gap> gaps() {
        return gaps;
    }

    private static String problem(ResultRecord r) {
        if (!r.outcome().ran()) {
            return r.outcome().reason();
        }
        if (r.environment().backend() == Backend.NONE) {
            return "it reported no backend";
        }
        if (!r.ranAndPassed()) {
            return "its output failed the check against the Java reference ("
                    + r.outputCheck().map(c -> c.summary()).orElse("no check") + "): a wrong result's time is no measurement";
        }
        return null;
    }

    private static Backend requested(String policy) {
        if (policy == null || policy.isBlank() || policy.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Backend.parse(policy);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String describe(String requested) {
        String r = requested == null ? "auto" : requested.toLowerCase(Locale.ROOT);
        if (r.startsWith("wasm")) {
            return "WASM backend";
        }
        return r.equals("auto") ? "the case" : r + " backend";
    }
}

package dev.webaccel.results;

import dev.webaccel.workload.OutputCheck;
import java.util.List;
import java.util.Optional;

/**
 * Everything one case of one page run measured, built once by the harness from the page's messages and handed to
 * every {@link ResultsSink}: the run, the environment, the workload, how it ended, its series of raw samples and
 * Java's check of its output. Claims, benchmark tables and the suite summary read these and nothing else.
 *
 * @param check the output against the Java reference, or null when the case did not run
 */
public record ResultRecord(RunInfo run, Environment environment, Workload workload, Outcome outcome,
                           List<Series> series, OutputCheck check) {
    public ResultRecord {
        series = List.copyOf(series);
    }

    public Optional<Series> series(Metric metric) {
        return series.stream().filter(s -> s.metric() == metric).findFirst();
    }

    public Optional<OutputCheck> outputCheck() {
        return Optional.ofNullable(check);
    }

    /** Ran and matched its reference: the only records whose times are measurements. */
    public boolean ranAndPassed() {
        return outcome.ran() && check != null && check.passed();
    }
}

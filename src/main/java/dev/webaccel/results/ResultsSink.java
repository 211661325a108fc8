package dev.webaccel.results;

import java.util.List;

/**
 * Receives every {@link ResultRecord} as its case finishes. Implementations listed in
 * {@code META-INF/services/dev.webaccel.results.ResultsSink} are found by {@link Results#discover}; a sink that
 * throws is reported and skipped, never the others.
 */
public interface ResultsSink {
    void accept(ResultRecord record);

    /**
     * Before the suite's first test: throws, naming the problem and the fix, when this sink could not keep what it
     * will be given (e.g. its folder cannot be written), so that a suite does not run for nothing.
     */
    default void preflight() {
    }

    /** An engine the suite selected but could not start here, with the reason (for summaries). */
    default void engineSkipped(String browser, String reason) {
    }

    /** The claims of the suite were judged (once per suite, after every browser measured). */
    default void verdicts(List<VerdictRecord> verdicts) {
    }

    /** The suite is over: write what was kept. */
    default void close() {
    }
}

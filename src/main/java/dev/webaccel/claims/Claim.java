package dev.webaccel.claims;

import java.util.Objects;

/**
 * One numeric claim of the guide: side A is claimed to take time(A) with time(B)/time(A) in {@code expected}.
 * Both sides are measured for the same {@code workload} and {@code metric}.
 */
public record Claim(String id, String statement, String source, String metric, String workload, Selector a,
                    Selector b, ExpectedRange expected) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(expected, "expected");
    }

    public boolean isCrossBrowser() {
        return a.browser() != null && b.browser() != null && !a.browser().equalsIgnoreCase(b.browser());
    }

    boolean appliesTo(Measurement m) {
        return workload.equalsIgnoreCase(m.workload()) && metric.equalsIgnoreCase(m.metric());
    }

    /** Whether a browser's runs bear on this claim: it names the browser on a side, or names no browser at all. */
    public boolean involves(String browser) {
        return (a.browser() == null && b.browser() == null) || browser.equalsIgnoreCase(a.browser())
                || browser.equalsIgnoreCase(b.browser());
    }
}

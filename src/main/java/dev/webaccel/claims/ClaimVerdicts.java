package dev.webaccel.claims;

import dev.webaccel.results.VerdictRecord;
import dev.webaccel.stats.RatioEstimate;
import java.util.List;

/** Claim results as the plain {@link VerdictRecord}s that sinks (the history, reports) keep. */
public final class ClaimVerdicts {
    private ClaimVerdicts() {
    }

    public static List<VerdictRecord> of(List<ClaimResult> results) {
        return results.stream().map(ClaimVerdicts::of).toList();
    }

    static VerdictRecord of(ClaimResult r) {
        Claim c = r.claim();
        double ratio = r.ratio().map(RatioEstimate::ratio).orElse(Double.NaN);
        double low = r.ratio().map(RatioEstimate::lower).orElse(Double.NaN);
        double high = r.ratio().map(RatioEstimate::upper).orElse(Double.NaN);
        return new VerdictRecord(c.id(), c.statement(), c.source(), c.expected().describe(), r.verdict().name(),
                r.reason(), r.labelA(), r.labelB(), ratio, low, high, r.p());
    }
}

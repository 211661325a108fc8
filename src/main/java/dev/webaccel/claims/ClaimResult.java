package dev.webaccel.claims;

import dev.webaccel.stats.RatioEstimate;
import dev.webaccel.stats.Summary;
import java.util.Optional;

/**
 * The verdict on one claim with everything needed to check it: the measurements used for A and B (absent when not
 * found), their summaries, R = time(B)/time(A) with its CI, the Mann-Whitney p (NaN when not computed) and a
 * reason a person can act on.
 */
public record ClaimResult(Claim claim, Verdict verdict, String reason, Optional<Measurement> a,
                          Optional<Measurement> b, Optional<Summary> summaryA, Optional<Summary> summaryB,
                          Optional<RatioEstimate> ratio, double p) {

    /** No ratio, but each side found is still summarised so that a reader sees what was measured. */
    static ClaimResult inconclusive(Claim claim, String reason, Measurement a, Measurement b) {
        Optional<Measurement> oa = Optional.ofNullable(a);
        Optional<Measurement> ob = Optional.ofNullable(b);
        return new ClaimResult(claim, Verdict.INCONCLUSIVE, reason, oa, ob, oa.map(m -> Summary.of(m.samplesMs())),
                ob.map(m -> Summary.of(m.samplesMs())), Optional.empty(), Double.NaN);
    }

    public String labelA() {
        return a.map(Measurement::label).orElse("not measured");
    }

    public String labelB() {
        return b.map(Measurement::label).orElse("not measured");
    }
}

package dev.webaccel.claims;

import dev.webaccel.stats.Comparison;
import dev.webaccel.stats.RatioEstimate;
import java.util.List;
import java.util.Optional;

/**
 * Judges a claim from measured data only. With R = time(B)/time(A), its 95% bootstrap CI [lo, hi] and the claimed
 * range [min, max]:
 * <ul>
 *   <li>INCONCLUSIVE when a side is missing or ambiguous, the sides differ in adapter, timing method or (same
 *   browser) browser version, either side has N &lt; minN, the difference is below timer resolution, or the CI
 *   straddles a boundary of the claimed range;</li>
 *   <li>SUPPORTED when the whole CI lies inside [min, max] and, for a claimed difference (range not containing 1),
 *   the two-sided Mann-Whitney p &lt; alpha;</li>
 *   <li>REFUTED when the CI and the claimed range do not overlap at all.</li>
 * </ul>
 * An interval inside the range with a non-significant test stays INCONCLUSIVE.
 */
public final class ClaimVerifier {
    public static final double DEFAULT_ALPHA = 0.05;

    private final int minN;
    private final int resamples;
    private final long seed;
    private final double alpha;

    public ClaimVerifier() {
        this(Comparison.DEFAULT_MIN_N, RatioEstimate.DEFAULT_RESAMPLES, RatioEstimate.DEFAULT_SEED, DEFAULT_ALPHA);
    }

    public ClaimVerifier(int minN, int resamples, long seed, double alpha) {
        if (minN < 2 || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("need minN >= 2 and 0 < alpha < 1, got minN=" + minN + ", alpha="
                    + alpha);
        }
        this.minN = minN;
        this.resamples = resamples;
        this.seed = seed;
        this.alpha = alpha;
    }

    public List<ClaimResult> verifyAll(List<Claim> claims, List<Measurement> measurements) {
        return verifyAll(claims, measurements, List.of());
    }

    /** @param gaps measurements known to be missing, with their reasons (see {@link Gap}) */
    public List<ClaimResult> verifyAll(List<Claim> claims, List<Measurement> measurements, List<Gap> gaps) {
        return claims.stream().map(c -> verify(c, measurements, gaps)).toList();
    }

    public ClaimResult verify(Claim claim, List<Measurement> measurements) {
        return verify(claim, measurements, List.of());
    }

    public ClaimResult verify(Claim claim, List<Measurement> measurements, List<Gap> gaps) {
        SideFinder.Pair pair = SideFinder.find(claim, measurements);
        if (!pair.found()) {
            String known = knownGaps(claim, measurements, gaps);
            return ClaimResult.inconclusive(claim, known.isEmpty() ? pair.problem() : known, pair.a(), pair.b());
        }
        Measurement a = pair.a();
        Measurement b = pair.b();
        String confound = Confounds.find(claim, a, b);
        if (confound != null) {
            return ClaimResult.inconclusive(claim, confound, a, b);
        }
        // Comparison's ratio is first/second, so B goes first: R = time(B) / time(A).
        Comparison c = Comparison.of(b.samplesMs(), a.samplesMs(),
                Math.max(a.timerResolutionMs(), b.timerResolutionMs()), minN, resamples, seed);
        if (!c.sufficient()) {
            return new ClaimResult(claim, Verdict.INCONCLUSIVE, c.reason(), Optional.of(a), Optional.of(b),
                    Optional.of(c.b()), Optional.of(c.a()), Optional.empty(), Double.NaN);
        }
        RatioEstimate r = c.ratio().orElseThrow();
        Judgement j = judge(claim.expected(), r, c.p());
        return new ClaimResult(claim, j.verdict(), j.reason(), Optional.of(a), Optional.of(b), Optional.of(c.b()),
                Optional.of(c.a()), c.ratio(), c.p());
    }

    /** The gaps' reasons for each side that found no measurement at all, or "" when no gap explains them. */
    private static String knownGaps(Claim claim, List<Measurement> measurements, List<Gap> gaps) {
        java.util.Map<String, List<String>> sidesByReason = new java.util.LinkedHashMap<>();
        for (Selector side : List.of(claim.a(), claim.b())) {
            boolean missing = measurements.stream().filter(claim::appliesTo).noneMatch(side::matches);
            if (!missing) {
                continue;
            }
            gaps.stream().filter(g -> g.explains(claim, side)).map(Gap::reason).findFirst()
                    .ifPresent(r -> sidesByReason.computeIfAbsent(r, k -> new java.util.ArrayList<>())
                            .add((side == claim.a() ? "A" : "B") + " (" + side.describe() + ")"));
        }
        return sidesByReason.entrySet().stream().map(e -> String.join(" and ", e.getValue()) + ": " + e.getKey())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private record Judgement(Verdict verdict, String reason) {
    }

    private Judgement judge(ExpectedRange expected, RatioEstimate r, double p) {
        String measured = "time(B)/time(A) = " + Format.ratio(r.ratio()) + " " + Format.interval(r.lower(), r.upper())
                + ", " + Format.pClause(p);
        String claimed = "claimed " + Format.interval(expected.min(), expected.max());
        if (r.lower() >= expected.min() && r.upper() <= expected.max()) {
            if (expected.claimsADifference() && !(p < alpha)) {
                return new Judgement(Verdict.INCONCLUSIVE, measured + ": CI inside the " + claimed
                        + " but the Mann-Whitney test finds no significant difference (p >= " + alpha
                        + "); raise -Diterations");
            }
            return new Judgement(Verdict.SUPPORTED, measured + ": CI lies inside the " + claimed);
        }
        if (r.upper() < expected.min()) {
            return new Judgement(Verdict.REFUTED, measured + ": CI lies entirely below the " + claimed + "; "
                    + belowMeaning(expected, r));
        }
        if (r.lower() > expected.max()) {
            return new Judgement(Verdict.REFUTED, measured + ": CI lies entirely above the " + claimed + "; "
                    + aboveMeaning(expected, r));
        }
        double boundary = r.lower() < expected.min() ? expected.min() : expected.max();
        return new Judgement(Verdict.INCONCLUSIVE, measured + ": CI straddles the claimed boundary "
                + Format.ratio(boundary) + " of " + Format.interval(expected.min(), expected.max())
                + "; more samples (raise -Diterations) would narrow it");
    }

    private static String aboveMeaning(ExpectedRange expected, RatioEstimate r) {
        if (expected.min() >= 1) {
            return "A's advantage is larger than claimed";
        }
        return r.lower() > 1 ? "A is faster than B, where the claim has it slower (at most "
                + Format.ratio(expected.max()) + " of B's speed)" : "A is faster relative to B than claimed";
    }

    private static String belowMeaning(ExpectedRange expected, RatioEstimate r) {
        if (expected.min() < 1) {
            return "A is slower relative to B than claimed";
        }
        if (r.upper() < 1) {
            return "the claimed advantage is reversed: A is slower than B";
        }
        if (r.lower() <= 1) {
            return "the claimed advantage is absent: the CI includes 1 (no difference)";
        }
        return "A is faster, but by less than claimed";
    }
}

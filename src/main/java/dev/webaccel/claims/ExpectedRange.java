package dev.webaccel.claims;

/**
 * The claimed range of R = time(B) / time(A), i.e. how many times faster A is than B (R &gt; 1: A faster).
 * {@code nominal} is the guide's point value when it gives one (NaN otherwise); {@code derivation} says how the
 * guide's words were turned into this range.
 */
public record ExpectedRange(double min, double max, double nominal, String derivation) {

    public ExpectedRange {
        if (!(min > 0) || !(max >= min) || Double.isInfinite(min)) {
            throw new IllegalArgumentException("expected range must satisfy 0 < min <= max, was [" + min + ", " + max
                    + "]");
        }
        if (!Double.isNaN(nominal) && (nominal < min || nominal > max)) {
            throw new IllegalArgumentException("nominal " + nominal + " is outside [" + min + ", " + max + "]");
        }
        derivation = derivation == null ? "" : derivation;
    }

    public static ExpectedRange of(double min, double max) {
        return new ExpectedRange(min, max, Double.NaN, "");
    }

    public boolean contains(double r) {
        return r >= min && r <= max;
    }

    /** A claim of a difference (the whole range on one side of 1), rather than of parity. */
    public boolean claimsADifference() {
        return min > 1 || max < 1;
    }

    public String describe() {
        return Format.interval(min, max) + (Double.isNaN(nominal) ? "" : " (nominal " + Format.ratio(nominal) + ")");
    }
}

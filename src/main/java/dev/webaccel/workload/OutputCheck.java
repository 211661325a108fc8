package dev.webaccel.workload;

/**
 * The comparison of a browser output with the Java reference: passes when every element is within
 * {@link Tolerance}. NaN or infinity in the output always fails and is named.
 */
public record OutputCheck(boolean passed, int elements, int violations, int nonFinite, double maxAbsError,
                          int worstIndex, String summary) {

    public static OutputCheck compare(KernelCase kernelCase, float[] actual) {
        float[] expected = kernelCase.expected();
        Tolerance tolerance = kernelCase.tolerance();
        if (actual.length != expected.length) {
            return new OutputCheck(false, actual.length, actual.length, 0, Double.NaN, -1,
                    "output has " + actual.length + " values, expected " + expected.length);
        }
        int violations = 0;
        int nonFinite = 0;
        int firstNonFinite = -1;
        double maxError = 0;
        int worst = -1;
        double worstExcess = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < actual.length; i++) {
            if (!Float.isFinite(actual[i])) {
                nonFinite++;
                violations++;
                firstNonFinite = firstNonFinite < 0 ? i : firstNonFinite;
                continue;
            }
            double error = Math.abs((double) actual[i] - expected[i]);
            double allowed = tolerance.absolute() + tolerance.relative() * kernelCase.errorScale()[i];
            if (error > maxError) {
                maxError = error;
            }
            if (error - allowed > worstExcess) {
                worstExcess = error - allowed;
                worst = i;
            }
            if (error > allowed) {
                violations++;
            }
        }
        String summary;
        if (nonFinite > 0) {
            summary = nonFinite + " non-finite value(s) in the output, first at index " + firstNonFinite + " ("
                    + actual[firstNonFinite] + ")";
        } else if (violations > 0) {
            summary = violations + " of " + actual.length + " values outside tolerance (" + tolerance.reason()
                    + "); worst at index " + worst + ": got " + actual[worst] + ", expected " + expected[worst];
        } else {
            summary = "all " + actual.length + " values within tolerance (" + tolerance.reason() + "), max |error| "
                    + String.format("%.3g", maxError);
        }
        return new OutputCheck(violations == 0, actual.length, violations, nonFinite, maxError, worst, summary);
    }
}

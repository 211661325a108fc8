package dev.webaccel.workload.models;

/** The largest absolute difference between a reference output and an expected one, and where it is. */
public record Differences(int elements, double maxAbs, int worstIndex, double maxAbsExpected) {

    public static Differences between(float[] expected, float[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("expected " + expected.length + " values, got " + actual.length);
        }
        double max = 0;
        int worst = -1;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs((double) expected[i] - actual[i]);
            if (Double.isNaN(d)) {
                return new Differences(expected.length, Double.NaN, i, Double.NaN);
            }
            if (d > max) {
                max = d;
                worst = i;
            }
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return new Differences(expected.length, max, worst, scale);
    }

    @Override
    public String toString() {
        return String.format("max |error| %.3g at index %d of %d (max |expected| %.3g)", maxAbs, worstIndex, elements,
                maxAbsExpected);
    }
}

package dev.webaccel.stats;

/** Placeholder until the stats branch lands (same API). */
public record CliffsDelta(double delta, Magnitude magnitude) {
    public enum Magnitude { NEGLIGIBLE, SMALL, MEDIUM, LARGE }

    public static CliffsDelta of(double[] a, double[] b) {
        long more = 0;
        long less = 0;
        for (double x : a) {
            for (double y : b) {
                more += x > y ? 1 : 0;
                less += x < y ? 1 : 0;
            }
        }
        double d = (more - less) / ((double) a.length * b.length);
        double m = Math.abs(d);
        return new CliffsDelta(d, m < 0.147 ? Magnitude.NEGLIGIBLE : m < 0.33 ? Magnitude.SMALL
                : m < 0.474 ? Magnitude.MEDIUM : Magnitude.LARGE);
    }
}

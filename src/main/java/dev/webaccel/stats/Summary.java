package dev.webaccel.stats;

/**
 * Descriptive statistics of one set of timing samples (milliseconds).
 * Percentiles use linear interpolation (R type 7, numpy "linear"; see {@link Percentiles}).
 * Standard deviation is the sample one (divisor N-1); with N=1 it and the coefficient of variation are NaN.
 */
public record Summary(int n, double median, double mean, double sd, double min, double max,
                      double p10, double p90, MedianCi medianCi, double cv) {

    public static Summary of(double[] samples) {
        double[] x = Samples.sortedCopy(samples, "Summary.of");
        int n = x.length;
        double mean = meanOf(x);
        double sd = n < 2 ? Double.NaN : Math.sqrt(sumOfSquaredDeviations(x, mean) / (n - 1));
        return new Summary(n, Percentiles.median(x), mean, sd, x[0], x[n - 1],
                Percentiles.type7(x, 0.10), Percentiles.type7(x, 0.90), MedianCi.of(x),
                mean == 0 ? Double.NaN : sd / Math.abs(mean));
    }

    private static double meanOf(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sumOfSquaredDeviations(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }
}

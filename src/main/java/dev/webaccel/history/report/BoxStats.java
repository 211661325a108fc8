package dev.webaccel.history.report;

import dev.webaccel.stats.Percentiles;
import java.util.Arrays;
import java.util.List;

/**
 * The five numbers of a box plot, computed here in Java (not by ECharts' prepareBoxplotData) with the same quantile
 * definition as every other figure of webaccel: linear interpolation, type 7 ({@link Percentiles}). The whiskers are
 * the minimum and maximum: with the small N of a browser run every sample is shown, none is called an outlier.
 */
record BoxStats(double min, double q1, double median, double q3, double max) {

    static BoxStats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a box plot needs at least one sample");
        }
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(x);
        return new BoxStats(x[0], Percentiles.type7(x, 0.25), Percentiles.median(x), Percentiles.type7(x, 0.75),
                x[x.length - 1]);
    }

    /** In ECharts' boxplot order: [min, Q1, median, Q3, max]. */
    double[] asArray() {
        return new double[] {min, q1, median, q3, max};
    }
}

package dev.webaccel.stats;

import java.util.SplittableRandom;

/** Seeded synthetic timing samples for tests. */
public final class Synthetic {
    private Synthetic() {
    }

    /** n lognormal samples whose population median is {@code median} and log-sd is {@code sigma}. */
    public static double[] lognormal(SplittableRandom random, int n, double median, double sigma) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = median * Math.exp(sigma * random.nextGaussian());
        }
        return x;
    }
}

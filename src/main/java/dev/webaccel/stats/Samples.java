package dev.webaccel.stats;

import java.util.Arrays;

/** Input checks shared by the statistics: every sample must be a finite number. */
final class Samples {
    private Samples() {
    }

    static double[] checkedCopy(double[] samples, String what) {
        if (samples == null) {
            throw new IllegalArgumentException(what + ": samples are null");
        }
        if (samples.length == 0) {
            throw new IllegalArgumentException(what + ": no samples (N=0)");
        }
        for (int i = 0; i < samples.length; i++) {
            if (!Double.isFinite(samples[i])) {
                throw new IllegalArgumentException(what + ": sample[" + i + "] is " + samples[i]
                        + "; every sample must be a finite number of milliseconds");
            }
        }
        return samples.clone();
    }

    static double[] sortedCopy(double[] samples, String what) {
        double[] copy = checkedCopy(samples, what);
        Arrays.sort(copy);
        return copy;
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.workload.SeededRandom;

/**
 * The seeded values of one preset tensor. Each tensor has its own generator, seeded by the preset's seed and the
 * tensor's name, so a tensor's values do not depend on the order in which the file is written.
 */
final class PresetWeights {
    static final double MATRIX_STD = 0.02;
    static final double SCALE_STD = 0.1;
    static final float LOGIT_SCALE = 2.6592f;
    /** Bumped whenever the drawing changes, so files written by an older rule are regenerated. */
    static final int RULE_VERSION = 1;

    private PresetWeights() {
    }

    static float[] values(long seed, PresetTensor tensor) {
        int n = Math.toIntExact(tensor.elements());
        SeededRandom random = new SeededRandom(seed * 0x9E3779B97F4A7C15L + tensor.name().hashCode());
        return switch (tensor.init()) {
            case MATRIX, BIAS, SHIFT -> normal(random, n, 0, MATRIX_STD);
            case SCALE -> normal(random, n, 1, SCALE_STD);
            case LOGIT_SCALE -> new float[] {LOGIT_SCALE};
        };
    }

    /** Box-Muller using both values of each pair (half the logarithms of nextGaussian per value). */
    private static float[] normal(SeededRandom random, int n, double mean, double std) {
        float[] out = new float[n];
        for (int i = 0; i < n; i += 2) {
            double radius = std * Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble()));
            double angle = 2.0 * Math.PI * random.nextDouble();
            out[i] = (float) (mean + radius * Math.cos(angle));
            if (i + 1 < n) {
                out[i + 1] = (float) (mean + radius * Math.sin(angle));
            }
        }
        return out;
    }
}

package dev.webaccel.reference;

/**
 * PyTorch nn.GroupNorm on one channel-major sequence x (channels x length): channels split into groups of
 * channels/groups, each normalised over its channels and all positions (biased variance), then gamma/beta per channel.
 */
public final class GroupNorm {
    private GroupNorm() {
    }

    public static float[] normalize(float[] x, int channels, int length, int groups, float[] gamma, float[] beta,
                                    double eps) {
        Shapes.require(x.length == channels * length, "x must hold channels*length values");
        Shapes.require(groups > 0 && channels % groups == 0, "channels must be a multiple of groups");
        Shapes.require(gamma.length == channels && beta.length == channels, "gamma and beta must hold channels values");
        int perGroup = channels / groups;
        int span = perGroup * length;
        float[] out = new float[x.length];
        for (int g = 0; g < groups; g++) {
            int base = g * span;
            double mean = 0.0;
            for (int i = 0; i < span; i++) {
                mean += x[base + i];
            }
            mean /= span;
            double var = 0.0;
            for (int i = 0; i < span; i++) {
                double d = x[base + i] - mean;
                var += d * d;
            }
            double inv = 1.0 / Math.sqrt(var / span + eps);
            for (int i = 0; i < span; i++) {
                int c = g * perGroup + i / length;
                out[base + i] = (float) ((x[base + i] - mean) * inv * gamma[c] + beta[c]);
            }
        }
        return out;
    }
}

package dev.webaccel.reference.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.GroupNorm;
import dev.webaccel.reference.LayerNorm;

/**
 * Wav2Vec2FeatureEncoder: convolutions over raw audio (no padding), each followed by the feature activation; with
 * feat_extract_norm "group" the first conv is followed by GroupNorm (one group per channel, eps 1e-5), with "layer"
 * every conv by LayerNorm over channels (eps 1e-5). Output channel-major: convDim[last] x frames.
 */
final class Wav2Vec2FeatureEncoder {
    /** nn.GroupNorm's and nn.LayerNorm's default eps; the feature encoder does not pass the config's. */
    private static final double EPS = 1e-5;

    private Wav2Vec2FeatureEncoder() {
    }

    static float[] apply(Wav2Vec2Config config, Weights w, float[] audio) {
        int[] dims = config.convDim();
        int[] kernels = config.convKernel();
        int[] strides = config.convStride();
        float[] x = audio;
        int channels = 1;
        int length = audio.length;
        for (int i = 0; i < dims.length; i++) {
            String prefix = "feature_extractor.conv_layers." + i;
            int out = dims[i];
            float[] weight = w.get(prefix + ".conv.weight", out * channels * kernels[i]);
            float[] bias = config.convBias() ? w.get(prefix + ".conv.bias", out) : new float[out];
            x = Conv1d.apply(x, weight, bias, channels, length, out, kernels[i], strides[i], 0, false);
            length = Conv1d.outLength(length, kernels[i], strides[i], 0);
            channels = out;
            x = normalized(config, w, prefix + ".layer_norm", i, x, channels, length);
            x = config.featExtractActivation().apply(x);
        }
        return x;
    }

    private static float[] normalized(Wav2Vec2Config config, Weights w, String prefix, int layer, float[] x,
                                      int channels, int length) {
        float[] gamma;
        float[] beta;
        if (config.featureNorm() == Wav2Vec2Config.FeatureNorm.GROUP) {
            if (layer != 0) {
                return x;
            }
            gamma = w.get(prefix + ".weight", channels);
            beta = w.get(prefix + ".bias", channels);
            return GroupNorm.normalize(x, channels, length, channels, gamma, beta, EPS);
        }
        gamma = w.get(prefix + ".weight", channels);
        beta = w.get(prefix + ".bias", channels);
        float[] rows = LayerNorm.normalize(Tokens.transpose(x, channels, length), length, channels, gamma, beta, EPS);
        return Tokens.transpose(rows, length, channels);
    }
}

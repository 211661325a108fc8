package dev.webaccel.reference.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.Elementwise;
import java.util.Map;

/**
 * WhisperEncoder's forward pass: gelu(conv1(mel)) (kernel 3, pad 1), gelu(conv2(.)) (kernel 3, stride 2, pad 1), both
 * with the exact erf GELU whatever activation_function says; + embed_positions; pre-LN layers (LayerNorm eps 1e-5,
 * k_proj without bias); final layer_norm.
 */
public final class WhisperReference {
    /** WhisperEncoderLayer's nn.LayerNorm default; the config has no eps. */
    private static final double EPS = 1e-5;
    private static final EncoderLayer.Names LAYER = new EncoderLayer.Names(
            AttentionNames.projections("self_attn", "out_proj"), "self_attn_layer_norm", "fc1", "fc2",
            "final_layer_norm");

    private final WhisperEncoderConfig config;
    private final Weights weights;

    public WhisperReference(WhisperEncoderConfig config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** inputFeatures: one log-mel spectrogram, numMelBins x frames(); returns maxSourcePositions x dModel. */
    public float[] encoderLastHiddenState(float[] inputFeatures) {
        int mels = config.numMelBins();
        int d = config.dModel();
        int frames = config.frames();
        if (inputFeatures.length != mels * frames) {
            throw new IllegalArgumentException("input features must hold " + mels + " x " + frames + " values, not "
                    + inputFeatures.length);
        }
        float[] h = Conv1d.apply(inputFeatures, weights.get("encoder.conv1.weight", d * mels * 3),
                weights.get("encoder.conv1.bias", d), mels, frames, d, 3, 1, 1, true);
        h = Conv1d.apply(h, weights.get("encoder.conv2.weight", d * d * 3), weights.get("encoder.conv2.bias", d), d, frames,
                d, 3, 2, 1, true);
        int seq = config.maxSourcePositions();
        float[] x = Elementwise.add(Tokens.transpose(h, d, seq),
                weights.get("encoder.embed_positions.weight", seq * d));
        EncoderLayer.Dims dims = new EncoderLayer.Dims(d, config.encoderAttentionHeads(), config.encoderFfnDim(), EPS,
                config.activationFunction(), EncoderLayer.Placement.PRE);
        for (int l = 0; l < config.encoderLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("encoder.layers." + l), dims, x, 1, seq, false, null);
        }
        return Layers.layerNorm(weights, "encoder.layer_norm", x, seq, d, EPS);
    }
}

package dev.webaccel.reference.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.WeightNorm;
import java.util.Map;

/**
 * Wav2Vec2Model's forward pass on raw audio without attention mask or time masking (eval): feature encoder;
 * feature projection (LayerNorm, Linear); + convolutional position embedding (grouped conv, kernel
 * num_conv_pos_embeddings, padding kernel/2, weight normalised over every dim except 2, the last frame dropped when
 * the kernel is even, feature activation); then post-LN (encoder layer_norm first) or stable-LN (layer_norm last)
 * encoder layers.
 */
public final class Wav2Vec2Reference {
    private static final EncoderLayer.Names LAYER = new EncoderLayer.Names(
            AttentionNames.projections("attention", "out_proj"), "layer_norm", "feed_forward.intermediate_dense",
            "feed_forward.output_dense", "final_layer_norm");
    private static final String POS_CONV = "encoder.pos_conv_embed.conv";

    private final Wav2Vec2Config config;
    private final Weights weights;

    public Wav2Vec2Reference(Wav2Vec2Config config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** inputValues: one waveform; returns frames x hiddenSize. */
    public float[] lastHiddenState(float[] inputValues) {
        int[] dims = config.convDim();
        int features = dims[dims.length - 1];
        int hidden = config.hiddenSize();
        int frames = config.frames(inputValues.length);
        float[] x = Tokens.transpose(Wav2Vec2FeatureEncoder.apply(config, weights, inputValues), features, frames);
        x = Layers.layerNorm(weights, "feature_projection.layer_norm", x, frames, features, config.layerNormEps());
        x = Layers.linear(weights, "feature_projection.projection", x, frames, features, hidden);
        x = Elementwise.add(x, positionEmbedding(x, frames));
        boolean stable = config.stableLayerNorm();
        if (!stable) {
            x = Layers.layerNorm(weights, "encoder.layer_norm", x, frames, hidden, config.layerNormEps());
        }
        EncoderLayer.Dims layerDims = new EncoderLayer.Dims(hidden, config.numAttentionHeads(), config.intermediateSize(),
                config.layerNormEps(), config.hiddenAct(),
                stable ? EncoderLayer.Placement.PRE : EncoderLayer.Placement.POST);
        for (int l = 0; l < config.numHiddenLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("encoder.layers." + l), layerDims, x, 1, frames, false, null);
        }
        return stable ? Layers.layerNorm(weights, "encoder.layer_norm", x, frames, hidden, config.layerNormEps()) : x;
    }

    private float[] positionEmbedding(float[] x, int frames) {
        int hidden = config.hiddenSize();
        int kernel = config.numConvPosEmbeddings();
        int groups = config.numConvPosEmbeddingGroups();
        float[] conv = Conv1d.grouped(Tokens.transpose(x, frames, hidden), positionWeight(), weights.get(POS_CONV + ".bias",
                hidden), hidden, frames, hidden, kernel, 1, kernel / 2, groups);
        int convFrames = Conv1d.outLength(frames, kernel, 1, kernel / 2);
        float[] rows = Tokens.transpose(conv, hidden, convFrames);
        float[] kept = java.util.Arrays.copyOf(rows, frames * hidden);
        return config.featExtractActivation().apply(kept);
    }

    /** The weight-normalised kernel, from parametrizations.weight.original0/1 (torch 2) or weight_g/weight_v. */
    private float[] positionWeight() {
        int hidden = config.hiddenSize();
        int kernel = config.numConvPosEmbeddings();
        int size = hidden * (hidden / config.numConvPosEmbeddingGroups()) * kernel;
        boolean parametrized = weights.has(POS_CONV + ".parametrizations.weight.original0");
        float[] g = parametrized ? weights.get(POS_CONV + ".parametrizations.weight.original0", kernel)
                : weights.get(POS_CONV + ".weight_g", kernel);
        float[] v = parametrized ? weights.get(POS_CONV + ".parametrizations.weight.original1", size)
                : weights.get(POS_CONV + ".weight_v", size);
        return WeightNorm.apply(g, v, new int[] {hidden, hidden / config.numConvPosEmbeddingGroups(), kernel}, 2);
    }
}

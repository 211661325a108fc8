package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import java.util.Map;

/**
 * ViTModel's forward pass: patch embedding (Conv2d, kernel = stride = patch, with bias), class token, position
 * embeddings; pre-LN encoder layers; final layernorm; pooler = tanh(dense(class token after the final layernorm)).
 */
public final class VitReference {
    private static final EncoderLayer.Names LAYER = new EncoderLayer.Names(
            AttentionNames.projections("attention", "o_proj"), "layernorm_before", "mlp.fc1", "mlp.fc2",
            "layernorm_after");

    public record Output(float[] lastHiddenState, float[] poolerOutput) {
    }

    private final VitConfig config;
    private final Weights weights;

    public VitReference(VitConfig config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** pixelValues: batch x channels x size x size; outputs (batch*(1+patches)) x hidden and batch x hidden. */
    public Output forward(float[] pixelValues, int batch) {
        int hidden = config.hiddenSize();
        int seq = 1 + config.patches();
        int patch = config.patchSize();
        float[] x = ImageTokens.embed(pixelValues, batch, config.numChannels(), config.imageSize(), patch, hidden,
                weights.get("embeddings.patch_embeddings.projection.weight", hidden * config.numChannels() * patch * patch),
                weights.get("embeddings.patch_embeddings.projection.bias", hidden),
                weights.get("embeddings.cls_token", hidden), weights.get("embeddings.position_embeddings", seq * hidden));
        EncoderLayer.Dims dims = new EncoderLayer.Dims(hidden, config.numAttentionHeads(), config.intermediateSize(),
                config.layerNormEps(), config.hiddenAct(), EncoderLayer.Placement.PRE);
        for (int l = 0; l < config.numHiddenLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("layers." + l), dims, x, batch, seq, false, null);
        }
        x = Layers.layerNorm(weights, "layernorm", x, batch * seq, hidden, config.layerNormEps());
        float[] first = Tokens.firstOfEach(x, batch, seq, hidden);
        float[] pooled = Elementwise.tanh(Layers.linear(weights, "pooler.dense", first, batch, hidden, hidden));
        return new Output(x, pooled);
    }
}

package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.Gather;
import dev.webaccel.reference.MatMulReference;
import dev.webaccel.reference.RmsNorm;
import java.util.Map;

/**
 * CLIPModel's forward pass. Text: token + position embeddings, causal pre-LN layers, final_layer_norm, pooled per
 * {@link ClipPooling}, text_projection. Vision: patch embedding without bias, class embedding, positions,
 * pre_layrnorm, pre-LN layers, post_layernorm on the class token, visual_projection. Both embeds L2-normalised;
 * logits_per_image = exp(logit_scale) * image_embeds text_embedsᵀ.
 */
public final class ClipReference {
    private static final EncoderLayer.Names LAYER = new EncoderLayer.Names(
            AttentionNames.projections("self_attn", "out_proj"), "layer_norm1", "mlp.fc1", "mlp.fc2", "layer_norm2");

    public record Output(float[] textEmbeds, float[] imageEmbeds, float[] logitsPerImage, float[] logitsPerText) {
    }

    private final ClipConfig config;
    private final Weights weights;

    public ClipReference(ClipConfig config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** inputIds: texts x seq; pixelValues: images x channels x size x size. */
    public Output forward(int[] inputIds, int texts, int seq, float[] pixelValues, int images) {
        int proj = config.projectionDim();
        float[] textEmbeds = RmsNorm.l2normalize(textFeatures(inputIds, texts, seq), texts, proj, 0.0);
        float[] imageEmbeds = RmsNorm.l2normalize(imageFeatures(pixelValues, images), images, proj, 0.0);
        float scale = (float) Math.exp(weights.get("logit_scale", 1)[0]);
        float[] logitsPerText = scaled(MatMulReference.multiply(textEmbeds, Tokens.transpose(imageEmbeds, images, proj),
                texts, images, proj), scale);
        return new Output(textEmbeds, imageEmbeds, Tokens.transpose(logitsPerText, texts, images), logitsPerText);
    }

    /** The projected, not yet normalised text features (CLIPModel.get_text_features): texts x projectionDim. */
    public float[] textFeatures(int[] inputIds, int texts, int seq) {
        ClipTextConfig text = config.text();
        int hidden = text.hiddenSize();
        float[] x = Elementwise.add(
                Gather.rows(weights.get("text_model.embeddings.token_embedding.weight", text.vocabSize() * hidden),
                        hidden, inputIds),
                Gather.rows(weights.get("text_model.embeddings.position_embedding.weight",
                        text.maxPositionEmbeddings() * hidden), hidden, Tokens.positions(texts, seq)));
        EncoderLayer.Dims dims = new EncoderLayer.Dims(hidden, text.numAttentionHeads(), text.intermediateSize(),
                text.layerNormEps(), text.hiddenAct(), EncoderLayer.Placement.PRE);
        for (int l = 0; l < text.numHiddenLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("text_model.encoder.layers." + l), dims, x, texts, seq, true, null);
        }
        x = Layers.layerNorm(weights, "text_model.final_layer_norm", x, texts * seq, hidden, text.layerNormEps());
        float[] pooled = Tokens.pick(x, hidden, ClipPooling.rows(inputIds, texts, seq, text.eosTokenId()));
        return Layers.linear(weights, "text_projection", pooled, texts, hidden, config.projectionDim());
    }

    /** The projected, not yet normalised image features (CLIPModel.get_image_features): images x projectionDim. */
    public float[] imageFeatures(float[] pixelValues, int images) {
        ClipVisionConfig vision = config.vision();
        int hidden = vision.hiddenSize();
        int seq = 1 + vision.patches();
        float[] x = visionHiddenStates(pixelValues, images);
        float[] pooled = Layers.layerNorm(weights, "vision_model.post_layernorm", Tokens.firstOfEach(x, images, seq, hidden),
                images, hidden, vision.layerNormEps());
        return Layers.linear(weights, "visual_projection", pooled, images, hidden, config.projectionDim());
    }

    /** The vision encoder's last hidden states, class token first: (images * (1 + patches)) x hidden. */
    public float[] visionHiddenStates(float[] pixelValues, int images) {
        ClipVisionConfig vision = config.vision();
        int hidden = vision.hiddenSize();
        int seq = 1 + vision.patches();
        int patch = vision.patchSize();
        float[] x = ImageTokens.embed(pixelValues, images, vision.numChannels(), vision.imageSize(), patch, hidden,
                weights.get("vision_model.embeddings.patch_embedding.weight",
                        hidden * vision.numChannels() * patch * patch), null,
                weights.get("vision_model.embeddings.class_embedding", hidden),
                weights.get("vision_model.embeddings.position_embedding.weight", seq * hidden));
        x = Layers.layerNorm(weights, "vision_model.pre_layrnorm", x, images * seq, hidden, vision.layerNormEps());
        EncoderLayer.Dims dims = new EncoderLayer.Dims(hidden, vision.numAttentionHeads(), vision.intermediateSize(),
                vision.layerNormEps(), vision.hiddenAct(), EncoderLayer.Placement.PRE);
        for (int l = 0; l < vision.numHiddenLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("vision_model.encoder.layers." + l), dims, x, images, seq, false,
                    null);
        }
        return x;
    }

    private static float[] scaled(float[] x, float factor) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * factor;
        }
        return out;
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.reference.models.ClipPooling;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * CLIPModel: a causal text tower pooled where CLIPTextTransformer pools (see {@link ClipPooling}), a vision tower pooled at its class
 * token, both projected and L2-normalised, and logits_per_image = exp(logit_scale) * image . text. Outputs
 * text_embeds, image_embeds, logits_per_image.
 */
public final class ClipGraph {
    private ClipGraph() {
    }

    /** @param texts token ids per text, all of one length; @param pixels one image, channels x size x size */
    public static ModelGraph build(ModelConfig c, Path weights, int[][] texts, float[] pixels) {
        ModelConfig text = c.sub("text_config");
        ModelConfig vision = c.sub("vision_config");
        int projection = c.integer("projection_dim");
        GraphBuilder g = new GraphBuilder();
        String textEmbeds = g.l2Norm(textTower(g, text, texts, projection), texts.length, projection);
        String imageEmbeds = g.l2Norm(visionTower(g, vision, pixels, projection), 1, projection);
        String scale = g.unary("exp", g.weight("logit_scale"), 1, 1);
        String dots = g.linearWith(imageEmbeds, 1, projection, textEmbeds, null, texts.length, "logits");
        String logits = g.mul(dots, scale, 1, texts.length);
        int total = (texts.length + 1) * projection + texts.length;
        g.concat(List.of(textEmbeds, imageEmbeds, logits), 1, total);
        return new ModelGraph("clip", g.nodes(), g.inputs(), g.weightFile("clip.model", weights, List.of()),
                List.of(new OutputPart("text_embeds", List.of(texts.length, projection)),
                        new OutputPart("image_embeds", List.of(1, projection)),
                        new OutputPart("logits_per_image", List.of(1, texts.length))));
    }

    private static String textTower(GraphBuilder g, ModelConfig c, int[][] texts, int projection) {
        int batch = texts.length;
        int seq = texts[0].length;
        int hidden = c.integer("hidden_size");
        int vocab = c.integer("vocab_size");
        int maxPositions = c.integer("max_position_embeddings");
        double eps = c.number("layer_norm_eps");
        int[] flat = new int[batch * seq];
        for (int b = 0; b < batch; b++) {
            if (texts[b].length != seq) {
                throw new ModelException("CLIP texts must have one length (pad them); text " + b + " has "
                        + texts[b].length + ", text 0 has " + seq);
            }
            System.arraycopy(texts[b], 0, flat, b * seq, seq);
        }
        int[] pooledRows = ClipPooling.rows(flat, batch, seq, c.integer("eos_token_id", 2));
        Inputs.requireIds(c, "input_ids", flat, vocab);
        Inputs.requireLength(c, "tokens", seq, maxPositions);
        String p = "text_model.";
        String tokens = g.gather(g.weight(p + "embeddings.token_embedding.weight", vocab, hidden),
                g.input(Inputs.ids("input_ids", flat)), batch * seq, hidden, vocab);
        String positions = g.gather(g.weight(p + "embeddings.position_embedding.weight", maxPositions, hidden),
                g.input(Inputs.ids("position_ids", Inputs.range(seq))), seq, hidden, maxPositions);
        String x = g.add(tokens, positions, batch * seq, hidden);
        x = layers(g, c, p, x, batch, seq, true);
        x = g.layerNorm(x, batch * seq, hidden, p + "final_layer_norm", eps);
        String pooled = g.gather(x, g.input(Inputs.ids("text_pool_rows", pooledRows)), batch, hidden, batch * seq);
        return g.linear(pooled, batch, hidden, "text_projection", projection, false);
    }

    private static String visionTower(GraphBuilder g, ModelConfig c, float[] pixels, int projection) {
        int hidden = c.integer("hidden_size");
        int seq = (c.integer("image_size") / c.integer("patch_size")) * (c.integer("image_size") / c.integer("patch_size")) + 1;
        String x = visionHiddenStates(g, c, pixels);
        String first = g.gather(x, g.input(Inputs.ids("image_pool_row", new int[] {0})), 1, hidden, seq);
        String pooled = g.layerNorm(first, 1, hidden, "vision_model.post_layernorm", c.number("layer_norm_eps"));
        return g.linear(pooled, 1, hidden, "visual_projection", projection, false);
    }

    /** The vision encoder's last hidden states of one image, class token first: (1 + patches) x hidden. */
    static String visionHiddenStates(GraphBuilder g, ModelConfig c, float[] pixels) {
        int hidden = c.integer("hidden_size");
        int channels = c.integer("num_channels", 3);
        int size = c.integer("image_size");
        int patch = c.integer("patch_size");
        double eps = c.number("layer_norm_eps");
        if (pixels.length != channels * size * size) {
            throw new ModelException("pixel_values hold " + pixels.length + " values; " + c.source() + " implies "
                    + channels + "x" + size + "x" + size);
        }
        int seq = (size / patch) * (size / patch) + 1;
        String p = "vision_model.";
        String image = g.input(InputTensor.f32("pixel_values", pixels, channels, size, size));
        String noBias = g.input(InputTensor.f32("patch_bias_zero", new float[hidden], hidden));
        String patches = g.patchEmbed(image, g.weight(p + "embeddings.patch_embedding.weight", hidden, channels, patch,
                patch), noBias, channels, size, size, hidden, patch);
        String tokens = g.concat(List.of(g.weight(p + "embeddings.class_embedding", hidden), patches), seq, hidden);
        String x = g.add(tokens, g.weight(p + "embeddings.position_embedding.weight", seq, hidden), seq, hidden);
        x = g.layerNorm(x, seq, hidden, p + "pre_layrnorm", eps);
        return layers(g, c, p, x, 1, seq, false);
    }

    private static String layers(GraphBuilder g, ModelConfig c, String prefix, String x, int batch, int seq,
                                 boolean causal) {
        int hidden = c.integer("hidden_size");
        String act = EncoderLayerGraph.activation(c, "hidden_act");
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = prefix + "encoder.layers." + i + ".";
            EncoderLayerGraph layer = new EncoderLayerGraph(p + "self_attn.q_proj", p + "self_attn.k_proj", p + "self_attn.v_proj",
                    p + "self_attn.out_proj", p + "layer_norm1", p + "layer_norm2", p + "mlp.fc1", p + "mlp.fc2", act,
                    true, true);
            x = layer.build(g, x, batch, seq, hidden, c.integer("num_attention_heads"), c.integer("intermediate_size"),
                    c.number("layer_norm_eps"), null, causal);
        }
        return x;
    }

}

package dev.webaccel.workload.models;

import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * ViTModel (transformers 5 weight names): patch embedding, class token, learned positions, pre-norm encoder
 * layers, final layer norm, pooler (first token, dense, tanh). Outputs last_hidden_state then pooler_output.
 */
public final class VitGraph {
    private VitGraph() {
    }

    /** @param pixels one image, channels x height x width, as the image processor leaves it */
    public static ModelGraph build(ModelConfig c, Path weights, float[] pixels) {
        int hidden = c.integer("hidden_size");
        int heads = c.integer("num_attention_heads");
        int ffn = c.integer("intermediate_size");
        int channels = c.integer("num_channels");
        int size = c.integer("image_size");
        int patch = c.integer("patch_size");
        double eps = c.number("layer_norm_eps");
        String act = EncoderLayerGraph.activation(c, "hidden_act");
        if (pixels.length != channels * size * size) {
            throw new ModelException("pixel_values hold " + pixels.length + " values; " + c.source() + " implies "
                    + channels + "x" + size + "x" + size);
        }
        int patches = (size / patch) * (size / patch);
        int seq = patches + 1;

        GraphBuilder g = new GraphBuilder();
        String image = g.input(InputTensor.f32("pixel_values", pixels, channels, size, size));
        String embedded = g.patchEmbed(image, g.weight("embeddings.patch_embeddings.projection.weight", hidden,
                channels, patch, patch), g.weight("embeddings.patch_embeddings.projection.bias", hidden), channels,
                size, size, hidden, patch);
        String tokens = g.concat(List.of(g.weight("embeddings.cls_token", 1, 1, hidden), embedded), seq, hidden);
        String x = g.add(tokens, g.weight("embeddings.position_embeddings", 1, seq, hidden), seq, hidden);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "layers." + i + ".";
            EncoderLayerGraph layer = new EncoderLayerGraph(p + "attention.q_proj", p + "attention.k_proj", p + "attention.v_proj",
                    p + "attention.o_proj", p + "layernorm_before", p + "layernorm_after", p + "mlp.fc1", p + "mlp.fc2",
                    act, true, c.flag("qkv_bias", true));
            x = layer.build(g, x, 1, seq, hidden, heads, ffn, eps, null, false);
        }
        x = g.layerNorm(x, seq, hidden, "layernorm", eps);
        String first = g.gather(x, g.input(Inputs.ids("first_token", new int[] {0})), 1, hidden, seq);
        String pooled = g.unary("tanh", g.linear(first, 1, hidden, "pooler.dense", hidden, true), 1, hidden);
        g.concat(List.of(x, pooled), 1, seq * hidden + hidden);
        return new ModelGraph("vit", g.nodes(), g.inputs(), g.weightFile("vit.model", weights, List.of()),
                List.of(new OutputPart("last_hidden_state", List.of(1, seq, hidden)),
                        new OutputPart("pooler_output", List.of(1, hidden))));
    }
}

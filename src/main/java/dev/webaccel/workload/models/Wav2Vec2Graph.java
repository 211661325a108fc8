package dev.webaccel.workload.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * Wav2Vec2Model (feat_extract_norm "group", do_stable_layer_norm false, as wav2vec2-base): the conv feature encoder
 * (group norm with one group per channel after the first conv, GELU after each), feature projection (layer norm,
 * linear), the convolutional position embedding (weight norm over every dim but the kernel's, grouped conv, the
 * last frame dropped for an even kernel, GELU), layer norm, post-norm encoder layers. Output: last_hidden_state.
 * masked_spec_embed (training only) is not read.
 */
public final class Wav2Vec2Graph {
    private Wav2Vec2Graph() {
    }

    public static ModelGraph build(ModelConfig c, Path weights, float[] audio) {
        GraphBuilder g = new GraphBuilder();
        int frames = frames(c, audio.length);
        encode(g, c, audio);
        return new ModelGraph("wav2vec2", g.nodes(), g.inputs(), g.weightFile("wav2vec2.model", weights,
                List.of("masked_spec_embed")), List.of(new OutputPart("last_hidden_state",
                List.of(1, frames, c.integer("hidden_size")))));
    }

    /** Frames the feature encoder leaves of {@code samples} audio samples. */
    static int frames(ModelConfig c, int samples) {
        int[] kernels = c.integers("conv_kernel");
        int[] strides = c.integers("conv_stride");
        int length = samples;
        for (int i = 0; i < kernels.length; i++) {
            length = Conv1d.outLength(length, kernels[i], strides[i], 0);
        }
        return length;
    }

    /** last_hidden_state [frames, hidden] of one clip. */
    static String encode(GraphBuilder g, ModelConfig c, float[] audio) {
        if (!c.text("feat_extract_norm").equals("group") || c.flag("do_stable_layer_norm", false)
                || c.flag("conv_bias", false)) {
            throw new ModelException(c.source() + ": webaccel builds wav2vec2-base's layout (feat_extract_norm group, "
                    + "conv_bias false, do_stable_layer_norm false)");
        }
        int[] dims = c.integers("conv_dim");
        int[] kernels = c.integers("conv_kernel");
        int[] strides = c.integers("conv_stride");
        int hidden = c.integer("hidden_size");
        double eps = c.number("layer_norm_eps");
        String act = EncoderLayerGraph.activation(c, "hidden_act");
        String featAct = EncoderLayerGraph.activation(c, "feat_extract_activation");
        if (!featAct.equals("gelu_erf")) {
            throw new ModelException(c.source() + ": feat_extract_activation must be gelu");
        }
        String x = g.input(InputTensor.f32("input_values", audio, 1, audio.length));
        int channels = 1;
        int length = audio.length;
        for (int i = 0; i < dims.length; i++) {
            String p = "feature_extractor.conv_layers." + i + ".";
            Conv1d.Shape shape = new Conv1d.Shape(channels, length, dims[i], kernels[i], strides[i], 0, 1, 0);
            String w = g.weight(p + "conv.weight", dims[i], channels, kernels[i]);
            if (i == 0) {
                x = g.conv1d(x, w, null, shape, false);
                x = g.unary("gelu_erf", g.groupNorm(x, dims[i], shape.outLength(), dims[i], p + "layer_norm", 1e-5),
                        dims[i], shape.outLength());
            } else {
                x = g.conv1d(x, w, null, shape, true);
            }
            channels = dims[i];
            length = shape.outLength();
        }
        int frames = length;
        x = g.transpose(x, channels, frames);
        x = g.layerNorm(x, frames, channels, "feature_projection.layer_norm", eps);
        x = g.linear(x, frames, channels, "feature_projection.projection", hidden, true);
        x = g.add(x, positionalConv(g, c, x, frames, hidden), frames, hidden);
        x = g.layerNorm(x, frames, hidden, "encoder.layer_norm", eps);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "encoder.layers." + i + ".";
            EncoderLayerGraph layer = new EncoderLayerGraph(p + "attention.q_proj", p + "attention.k_proj",
                    p + "attention.v_proj", p + "attention.out_proj", p + "layer_norm", p + "final_layer_norm",
                    p + "feed_forward.intermediate_dense", p + "feed_forward.output_dense", act, false, true);
            x = layer.build(g, x, 1, frames, hidden, c.integer("num_attention_heads"), c.integer("intermediate_size"),
                    eps, null, false);
        }
        return x;
    }

    /** Wav2Vec2PositionalConvEmbedding on x[frames, hidden]: returns [frames, hidden]. */
    private static String positionalConv(GraphBuilder g, ModelConfig c, String x, int frames, int hidden) {
        int kernel = c.integer("num_conv_pos_embeddings");
        int groups = c.integer("num_conv_pos_embedding_groups");
        String p = "encoder.pos_conv_embed.conv.";
        String w = g.weightNorm(g.weight(p + "parametrizations.weight.original0", 1, 1, kernel),
                g.weight(p + "parametrizations.weight.original1", hidden, hidden / groups, kernel),
                hidden * (hidden / groups), kernel, 1);
        String conv = g.conv1d(g.transpose(x, frames, hidden), w, g.weight(p + "bias", hidden),
                new Conv1d.Shape(hidden, frames, hidden, kernel, 1, kernel / 2, groups, kernel % 2 == 0 ? 1 : 0), true);
        return g.transpose(conv, hidden, frames);
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * Whisper's encoder (WhisperModel.encoder): log-mel features [mels, 3000] -> conv (k3, pad 1) + GELU -> conv (k3,
 * stride 2, pad 1) + GELU -> [1500, d] + learned positions -> pre-norm layers (k_proj without bias) -> layer norm.
 * Output: encoder_last_hidden_state. The decoder's tensors in the file are not read.
 */
public final class WhisperGraph {
    /** torch.nn.LayerNorm's default: Whisper's layer norms do not take eps from the config. */
    static final double EPS = 1e-5;

    private WhisperGraph() {
    }

    /** @param features the log-mel front end's output, mels x frames (channels first, as input_features) */
    public static ModelGraph build(ModelConfig c, Path weights, List<String> decoderTensors, float[] features) {
        int mels = c.integer("num_mel_bins");
        int d = c.integer("d_model");
        int heads = c.integer("encoder_attention_heads");
        int ffn = c.integer("encoder_ffn_dim");
        int positions = c.integer("max_source_positions");
        int frames = 2 * positions;
        String act = EncoderLayerGraph.activation(c, "activation_function");
        if (features.length != mels * frames) {
            throw new ModelException("input_features hold " + features.length + " values; " + c.source() + " implies "
                    + mels + " mel bins x " + frames + " frames (30 s)");
        }
        GraphBuilder g = new GraphBuilder();
        String x = g.input(InputTensor.f32("input_features", features, mels, frames));
        x = g.conv1d(x, g.weight("encoder.conv1.weight", d, mels, 3), g.weight("encoder.conv1.bias", d),
                new Conv1d.Shape(mels, frames, d, 3, 1, 1, 1, 0), true);
        x = g.conv1d(x, g.weight("encoder.conv2.weight", d, d, 3), g.weight("encoder.conv2.bias", d),
                new Conv1d.Shape(d, frames, d, 3, 2, 1, 1, 0), true);
        x = g.add(g.transpose(x, d, positions), g.weight("encoder.embed_positions.weight", positions, d), positions, d);
        for (int i = 0; i < c.integer("encoder_layers"); i++) {
            String p = "encoder.layers." + i + ".";
            EncoderLayerGraph layer = new EncoderLayerGraph(p + "self_attn.q_proj", p + "self_attn.k_proj",
                    p + "self_attn.v_proj", p + "self_attn.out_proj", p + "self_attn_layer_norm", p + "final_layer_norm",
                    p + "fc1", p + "fc2", act, true, false);
            x = layer.build(g, x, 1, positions, d, heads, ffn, EPS, null, false);
        }
        g.layerNorm(x, positions, d, "encoder.layer_norm", EPS);
        return new ModelGraph("whisper", g.nodes(), g.inputs(), g.weightFile("whisper.model", weights, decoderTensors),
                List.of(new OutputPart("encoder_last_hidden_state", List.of(1, positions, d))));
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CLAP-style audio-text model from three components, each its own safetensors file: a Wav2Vec2 audio tower, a BERT
 * text tower and the projections. See {@link dev.webaccel.reference.models.ClapReference} for what is simplified.
 * Output: audio_embeds, text_embeds, logits_per_audio.
 */
public final class ClapGraph {
    private ClapGraph() {
    }

    public record Components(ModelConfig audio, Path audioWeights, ModelConfig text, Path textWeights,
                             Path projectionWeights, int projection) {
    }

    public static ModelGraph build(Components c, float[] audio, int[] ids, int[] mask) {
        int audioHidden = c.audio().integer("hidden_size");
        int textHidden = c.text().integer("hidden_size");
        int p = c.projection();
        GraphBuilder g = new GraphBuilder();
        g.useFile("clap.audio", c.audioWeights());
        int frames = Wav2Vec2Graph.frames(c.audio(), audio.length);
        String pooledAudio = g.meanRows(Wav2Vec2Graph.encode(g, c.audio(), audio), frames, audioHidden);
        g.useFile("clap.text", c.textWeights());
        String pooledText = BertGraph.encode(g, c.text(), ids, mask, new int[ids.length]).pooled();
        g.useFile("clap.projections", c.projectionWeights());
        String a = g.l2Norm(project(g, "audio_projection", pooledAudio, audioHidden, p), 1, p);
        String t = g.l2Norm(project(g, "text_projection", pooledText, textHidden, p), 1, p);
        String logits = g.mul(g.linearWith(a, 1, p, t, null, 1, "logits"),
                g.unary("exp", g.weight("logit_scale_a"), 1, 1), 1, 1);
        g.concat(List.of(a, t, logits), 1, 2 * p + 1);
        return new ModelGraph("clap", g.nodes(), g.inputs(), g.weightFiles(Map.of("clap.audio",
                List.of("masked_spec_embed"))), List.of(new OutputPart("audio_embeds", List.of(1, p)),
                new OutputPart("text_embeds", List.of(1, p)), new OutputPart("logits_per_audio", List.of(1, 1))));
    }

    private static String project(GraphBuilder g, String prefix, String x, int in, int p) {
        return g.linear(g.unary("gelu_erf", g.linear(x, 1, in, prefix + ".linear1", p, true), 1, p), 1, p,
                prefix + ".linear2", p, true);
    }
}

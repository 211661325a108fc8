package dev.webaccel.workload.models;

import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A LLaVA-style model from three components, each its own safetensors file: a CLIP vision tower, a two-layer GELU
 * projector and a LLaMA decoder. See {@link dev.webaccel.reference.models.LlavaReference} for what is simplified.
 */
public final class LlavaGraph {
    /** The CLIP file's tensors a LLaVA does not read: the text tower, the pooling head and the CLIP projections. */
    static final List<String> UNUSED_CLIP_PREFIXES = List.of("text_model.", "text_projection.", "visual_projection.",
            "logit_scale", "vision_model.post_layernorm.");

    private LlavaGraph() {
    }

    public record Components(ModelConfig clip, Path clipWeights, List<String> clipUnused, Path projectorWeights,
                             ModelConfig llama, Path llamaWeights) {
    }

    public static ModelGraph build(Components c, int[] before, float[] pixels, int[] after) {
        ModelConfig vision = c.clip().sub("vision_config");
        int visionHidden = vision.integer("hidden_size");
        int hidden = c.llama().integer("hidden_size");
        int side = vision.integer("image_size") / vision.integer("patch_size");
        int patches = side * side;
        int seq = before.length + patches + after.length;

        GraphBuilder g = new GraphBuilder();
        g.useFile("llava.vision", c.clipWeights());
        String states = ClipGraph.visionHiddenStates(g, vision, pixels);
        String features = g.gather(states, g.input(Inputs.ids("patch_rows", range(1, patches))), patches, visionHidden,
                patches + 1);
        g.useFile("llava.projector", c.projectorWeights());
        String projected = g.linear(g.unary("gelu_erf", g.linear(features, patches, visionHidden,
                "multi_modal_projector.linear_1", hidden, true), patches, hidden), patches, hidden,
                "multi_modal_projector.linear_2", hidden, true);
        g.useFile("llava.decoder", c.llamaWeights());
        String embeds = g.concat(List.of(LlamaGraph.embed(g, c.llama(), before, "ids_before_image"), projected,
                LlamaGraph.embed(g, c.llama(), after, "ids_after_image")), seq, hidden);
        LlamaGraph.decoder(g, c.llama(), embeds, seq);
        boolean tied = c.llama().flag("tie_word_embeddings", false);
        return new ModelGraph("llava", g.nodes(), g.inputs(), g.weightFiles(Map.of(
                "llava.vision", c.clipUnused(), "llava.decoder", tied ? List.of("lm_head.weight") : List.of())),
                List.of(new OutputPart("logits", List.of(1, seq, c.llama().integer("vocab_size")))));
    }

    private static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int i = 0; i < count; i++) {
            r[i] = from + i;
        }
        return r;
    }
}

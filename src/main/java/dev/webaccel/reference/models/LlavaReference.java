package dev.webaccel.reference.models;

import dev.webaccel.reference.Concat;
import dev.webaccel.reference.Elementwise;
import java.util.Map;

/**
 * A LLaVA-style model from three separately loaded components: a CLIP vision tower, a two-layer projector
 * (linear, exact GELU, linear: LLaVA-1.5's mlp2x_gelu) and a LLaMA decoder. The image's patch features are projected
 * to the decoder's width and placed between the prompt's tokens; the decoder returns logits for every position.
 * Simplified against LLaVA: the features are the vision tower's last layer (LLaVA takes the penultimate one), class
 * token dropped as LLaVA's "default" strategy does, and one image with no image-newline tokens.
 */
public final class LlavaReference {
    private final ClipReference vision;
    private final ClipVisionConfig visionConfig;
    private final Weights projector;
    private final LlamaReference decoder;
    private final LlamaConfig decoderConfig;

    public LlavaReference(ClipConfig clip, Map<String, float[]> visionWeights, Map<String, float[]> projectorWeights,
                          LlamaConfig llama, Map<String, float[]> decoderWeights) {
        this.vision = new ClipReference(clip, visionWeights);
        this.visionConfig = clip.vision();
        this.projector = new Weights(projectorWeights);
        this.decoder = new LlamaReference(llama, decoderWeights);
        this.decoderConfig = llama;
    }

    /** Logits (before.length + patches + after.length) x vocab for prompt ids around the image. */
    public float[] logits(int[] before, float[] pixelValues, int[] after) {
        int visionHidden = visionConfig.hiddenSize();
        int hidden = decoderConfig.hiddenSize();
        int patches = visionConfig.patches();
        float[] states = vision.visionHiddenStates(pixelValues, 1);
        float[] features = new float[patches * visionHidden];
        System.arraycopy(states, visionHidden, features, 0, features.length);
        float[] projected = Layers.linear(projector, "multi_modal_projector.linear_2",
                Elementwise.geluErf(Layers.linear(projector, "multi_modal_projector.linear_1", features, patches,
                        visionHidden, hidden)), patches, hidden, hidden);
        float[] embeds = Concat.flat(decoder.embed(before), projected, decoder.embed(after));
        return decoder.logitsOfEmbeddings(embeds, 1, before.length + patches + after.length);
    }
}

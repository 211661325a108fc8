package dev.webaccel.workload.models;

import java.util.Arrays;
import java.util.Optional;

/**
 * A published model's architecture at its real size, with seeded weights instead of the trained ones (no download):
 * for benchmarks and memory figures. {@code parameters} is the published count of the tensors webaccel writes.
 */
public enum Preset {
    /** BertModel with its pooler: 109,482,240 parameters. */
    BERT_BASE_UNCASED("bert-base-uncased", ModelFamily.BERT, 109_482_240L, 9_101L),
    /** ViTModel with its pooler: 86,389,248 (ViTForImageClassification's 86,567,656 less the head, plus the pooler). */
    VIT_BASE_PATCH16_224("vit-base-patch16-224", ModelFamily.VIT, 86_389_248L, 9_102L),
    /** CLIPModel: 151,277,313. */
    CLIP_VIT_BASE_PATCH32("clip-vit-base-patch32", ModelFamily.CLIP, 151_277_313L, 9_103L),
    /** HuggingFaceTB/SmolLM-135M, LlamaForCausalLM with tied embeddings: 134,515,008. */
    SMOLLM_135M("SmolLM-135M", ModelFamily.LLAMA, 134_515_008L, 9_104L),
    /** openai/whisper-tiny's encoder only (the decoder is not modelled): 8,208,384 of its 37.8M. */
    WHISPER_TINY("whisper-tiny", ModelFamily.WHISPER, 8_208_384L, 9_105L),
    /** facebook/wav2vec2-base as Wav2Vec2Model: 94,371,712. */
    WAV2VEC2_BASE("wav2vec2-base", ModelFamily.WAV2VEC2, 94_371_712L, 9_106L);

    private final String id;
    private final ModelFamily family;
    private final long parameters;
    private final long seed;

    Preset(String id, ModelFamily family, long parameters, long seed) {
        this.id = id;
        this.family = family;
        this.parameters = parameters;
        this.seed = seed;
    }

    /** The published model's name, also the folder under target/webaccel/presets/ and the weight file's id. */
    public String id() {
        return id;
    }

    public ModelFamily family() {
        return family;
    }

    /** The published parameter count of the tensors written (see each constant). */
    public long publishedParameters() {
        return parameters;
    }

    public long seed() {
        return seed;
    }

    public static Optional<Preset> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id) || p.name().equalsIgnoreCase(id))
                .findFirst();
    }

    /** The presets whose family has a graph (the others have config and weights only). */
    public static java.util.List<Preset> withGraphs() {
        return Arrays.stream(values()).filter(p -> p.family.graphBuilt()).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}

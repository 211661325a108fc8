package dev.webaccel.reference.models;

/** The weight prefixes of one attention block's query, key, value and output projections. */
record AttentionNames(String query, String key, String value, String output) {

    /** q_proj, k_proj, v_proj and the given output name under a prefix (CLIP, ViT, Whisper, wav2vec2). */
    static AttentionNames projections(String prefix, String outputName) {
        return new AttentionNames(prefix + ".q_proj", prefix + ".k_proj", prefix + ".v_proj", prefix + "." + outputName);
    }
}

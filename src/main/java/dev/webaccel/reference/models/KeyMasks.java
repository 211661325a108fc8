package dev.webaccel.reference.models;

/** Hugging Face attention_mask (1 = attend, 0 = padding) as the additive key mask of MultiHeadAttention. */
final class KeyMasks {
    static final float MASKED = -1e9f;

    private KeyMasks() {
    }

    static float[] fromAttentionMask(int[] attentionMask) {
        float[] out = new float[attentionMask.length];
        for (int i = 0; i < attentionMask.length; i++) {
            out[i] = attentionMask[i] == 0 ? MASKED : 0f;
        }
        return out;
    }
}

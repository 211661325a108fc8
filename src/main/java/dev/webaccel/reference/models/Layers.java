package dev.webaccel.reference.models;

import dev.webaccel.reference.LayerNorm;
import dev.webaccel.reference.Linear;
import dev.webaccel.reference.MultiHeadAttention;

/** Hugging Face sub-modules by weight prefix: nn.Linear (bias where the model has one), nn.LayerNorm, self-attention. */
final class Layers {
    private Layers() {
    }

    static float[] linear(Weights w, String prefix, float[] x, int rows, int in, int out) {
        return Linear.apply(x, rows, in, w.get(prefix + ".weight", out * in), w.optional(prefix + ".bias", out), out);
    }

    static float[] layerNorm(Weights w, String prefix, float[] x, int rows, int cols, double eps) {
        return LayerNorm.normalize(x, rows, cols, w.get(prefix + ".weight", cols), w.get(prefix + ".bias", cols), eps);
    }

    /** q/k/v projections, softmax(q kᵀ / sqrt(headDim) + masks) v per head, output projection. x: (batch*seq) x hidden. */
    static float[] selfAttention(Weights w, AttentionNames names, float[] x, int batch, int seq, int hidden, int heads,
                                 boolean causal, float[] keyMask) {
        int rows = batch * seq;
        float[] q = linear(w, names.query(), x, rows, hidden, hidden);
        float[] k = linear(w, names.key(), x, rows, hidden, hidden);
        float[] v = linear(w, names.value(), x, rows, hidden, hidden);
        int headDim = hidden / heads;
        float[] context = MultiHeadAttention.attend(q, k, v, batch, seq, seq, heads, heads, headDim, causal, keyMask,
                1.0 / Math.sqrt(headDim));
        return linear(w, names.output(), context, rows, hidden, hidden);
    }
}

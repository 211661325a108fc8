package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;

/**
 * One transformer encoder layer: self-attention and a two-layer MLP, each with a residual connection and a layer norm,
 * placed before the sub-block (PRE: x + f(norm(x)); ViT, CLIP, Whisper) or after the residual (POST: norm(x + f(x));
 * BERT, wav2vec2 without stable layer norm).
 */
final class EncoderLayer {
    enum Placement { PRE, POST }

    /** Weight prefixes of one layer, relative to the layer's own prefix. */
    record Names(AttentionNames attention, String norm1, String fc1, String fc2, String norm2) {
        Names under(String layerPrefix) {
            String p = layerPrefix + ".";
            return new Names(new AttentionNames(p + attention.query(), p + attention.key(), p + attention.value(),
                    p + attention.output()), p + norm1, p + fc1, p + fc2, p + norm2);
        }
    }

    record Dims(int hidden, int heads, int intermediate, double eps, Activation activation, Placement placement) {
    }

    private EncoderLayer() {
    }

    static float[] apply(Weights w, Names names, Dims dims, float[] x, int batch, int seq, boolean causal,
                         float[] keyMask) {
        int rows = batch * seq;
        int hidden = dims.hidden();
        if (dims.placement() == Placement.PRE) {
            float[] attended = Layers.selfAttention(w, names.attention(),
                    Layers.layerNorm(w, names.norm1(), x, rows, hidden, dims.eps()), batch, seq, hidden, dims.heads(),
                    causal, keyMask);
            float[] h = Elementwise.add(x, attended);
            float[] mlp = mlp(w, names, dims, Layers.layerNorm(w, names.norm2(), h, rows, hidden, dims.eps()), rows);
            return Elementwise.add(h, mlp);
        }
        float[] attended = Layers.selfAttention(w, names.attention(), x, batch, seq, hidden, dims.heads(), causal, keyMask);
        float[] h = Layers.layerNorm(w, names.norm1(), Elementwise.add(x, attended), rows, hidden, dims.eps());
        return Layers.layerNorm(w, names.norm2(), Elementwise.add(h, mlp(w, names, dims, h, rows)), rows, hidden,
                dims.eps());
    }

    private static float[] mlp(Weights w, Names names, Dims dims, float[] x, int rows) {
        float[] inner = dims.activation().apply(Layers.linear(w, names.fc1(), x, rows, dims.hidden(), dims.intermediate()));
        return Layers.linear(w, names.fc2(), inner, rows, dims.intermediate(), dims.hidden());
    }
}

package dev.webaccel.workload.models;

/** One attention node's sizes: kvHeads < heads is grouped-query attention; causal masks later keys. */
public record AttentionShape(int batch, int lq, int lk, int heads, int kvHeads, int headDim, boolean causal) {
    public AttentionShape {
        if (heads % kvHeads != 0) {
            throw new ModelException("attention heads " + heads + " must be a multiple of key/value heads " + kvHeads);
        }
    }

    public static AttentionShape self(int batch, int seq, int heads, int headDim, boolean causal) {
        return new AttentionShape(batch, seq, seq, heads, heads, headDim, causal);
    }
}

package dev.webaccel.reference;

/**
 * Multi-head (and grouped-query) attention on Hugging Face's interleaved layout: q is (batch*lq) x (heads*headDim),
 * k and v are (batch*lk) x (kvHeads*headDim); head h of a row is columns h*headDim .. h*headDim+headDim-1.
 * Query head h reads kv head h / (heads/kvHeads). causal: key j is visible to query i only when j <= i + (lk - lq).
 * keyMask (nullable, batch*lk) is added to every score of its key (0 visible, -1e9 masked).
 * out = softmax(q kᵀ * scale + masks) v per (batch, head), laid out as q.
 */
public final class MultiHeadAttention {
    private MultiHeadAttention() {
    }

    public static float[] attend(float[] q, float[] k, float[] v, int batch, int lq, int lk, int heads, int kvHeads,
                                 int headDim, boolean causal, float[] keyMask, double scale) {
        Shapes.require(heads > 0 && kvHeads > 0 && heads % kvHeads == 0, "heads must be a multiple of kvHeads");
        Shapes.require(q.length == batch * lq * heads * headDim, "q must hold batch*lq*heads*headDim values");
        Shapes.require(k.length == batch * lk * kvHeads * headDim, "k must hold batch*lk*kvHeads*headDim values");
        Shapes.require(v.length == k.length, "v must hold batch*lk*kvHeads*headDim values");
        Shapes.require(!causal || lk >= lq, "causal attention needs lk >= lq (else a query sees no key)");
        Shapes.require(keyMask == null || keyMask.length == batch * lk, "keyMask must be null or hold batch*lk values");
        int qWidth = heads * headDim;
        int kvWidth = kvHeads * headDim;
        int group = heads / kvHeads;
        float[] out = new float[q.length];
        double[] scores = new double[lk];
        for (int b = 0; b < batch; b++) {
            for (int h = 0; h < heads; h++) {
                int qCol = h * headDim;
                int kvCol = (h / group) * headDim;
                for (int i = 0; i < lq; i++) {
                    int qBase = (b * lq + i) * qWidth + qCol;
                    int visible = causal ? Math.min(lk, i + (lk - lq) + 1) : lk;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < visible; j++) {
                        int kBase = (b * lk + j) * kvWidth + kvCol;
                        double s = 0.0;
                        for (int c = 0; c < headDim; c++) {
                            s += (double) q[qBase + c] * k[kBase + c];
                        }
                        s = s * scale + (keyMask == null ? 0.0 : keyMask[b * lk + j]);
                        scores[j] = s;
                        max = Math.max(max, s);
                    }
                    double sum = 0.0;
                    for (int j = 0; j < visible; j++) {
                        scores[j] = Math.exp(scores[j] - max);
                        sum += scores[j];
                    }
                    for (int c = 0; c < headDim; c++) {
                        double acc = 0.0;
                        for (int j = 0; j < visible; j++) {
                            acc += scores[j] * v[(b * lk + j) * kvWidth + kvCol + c];
                        }
                        out[qBase + c] = (float) (acc / sum);
                    }
                }
            }
        }
        return out;
    }
}

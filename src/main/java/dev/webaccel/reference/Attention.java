package dev.webaccel.reference;

/**
 * Scaled dot-product attention per batch entry b (a head):
 * out[b] = softmax(Q[b] K[b]ᵀ * scale + mask) V[b].
 * Q: batch x lq x d, K: batch x lk x d, V: batch x lk x dv, mask: lq x lk (shared by all b) or null.
 */
public final class Attention {
    private Attention() {
    }

    public static float[] attend(float[] q, float[] k, float[] v, float[] mask,
                                 int batch, int lq, int lk, int d, int dv, double scale) {
        Shapes.require(q.length == batch * lq * d, "Q must hold batch*lq*d values");
        Shapes.require(k.length == batch * lk * d, "K must hold batch*lk*d values");
        Shapes.require(v.length == batch * lk * dv, "V must hold batch*lk*dv values");
        Shapes.require(mask == null || mask.length == lq * lk, "mask must hold lq*lk values");
        float[] out = new float[batch * lq * dv];
        double[] scores = new double[lk];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < lq; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < lk; j++) {
                    double s = 0.0;
                    for (int c = 0; c < d; c++) {
                        s += (double) q[(b * lq + i) * d + c] * k[(b * lk + j) * d + c];
                    }
                    s = s * scale + (mask == null ? 0.0 : mask[i * lk + j]);
                    scores[j] = s;
                    max = Math.max(max, s);
                }
                double sum = 0.0;
                for (int j = 0; j < lk; j++) {
                    scores[j] = Math.exp(scores[j] - max);
                    sum += scores[j];
                }
                for (int c = 0; c < dv; c++) {
                    double acc = 0.0;
                    for (int j = 0; j < lk; j++) {
                        acc += scores[j] * v[(b * lk + j) * dv + c];
                    }
                    out[(b * lq + i) * dv + c] = (float) (acc / sum);
                }
            }
        }
        return out;
    }
}

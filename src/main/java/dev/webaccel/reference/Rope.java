package dev.webaccel.reference;

/**
 * Rotary position embedding as Hugging Face LLaMA applies it (rotate_half: the two halves of a head are the pairs).
 * x is (batch*seq) x (heads*headDim); row r has position r % seq. Per head and i < headDim/2, with
 * a = p * theta^(-2i/headDim): out[i] = x[i] cos a - x[i+h] sin a, out[i+h] = x[i+h] cos a + x[i] sin a (h = headDim/2).
 */
public final class Rope {
    private Rope() {
    }

    public static float[] apply(float[] x, int batch, int seq, int heads, int headDim, double theta) {
        Shapes.require(x.length == batch * seq * heads * headDim, "x must hold batch*seq*heads*headDim values");
        Shapes.require(headDim % 2 == 0, "headDim must be even");
        int half = headDim / 2;
        int width = heads * headDim;
        float[] out = new float[x.length];
        for (int r = 0; r < batch * seq; r++) {
            int p = r % seq;
            for (int h = 0; h < heads; h++) {
                int base = r * width + h * headDim;
                for (int i = 0; i < half; i++) {
                    double angle = p * Math.pow(theta, -2.0 * i / headDim);
                    double cos = Math.cos(angle);
                    double sin = Math.sin(angle);
                    double x1 = x[base + i];
                    double x2 = x[base + i + half];
                    out[base + i] = (float) (x1 * cos - x2 * sin);
                    out[base + i + half] = (float) (x2 * cos + x1 * sin);
                }
            }
        }
        return out;
    }
}

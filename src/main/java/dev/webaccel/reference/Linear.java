package dev.webaccel.reference;

/** PyTorch nn.Linear: y = x wᵀ + bias, with w in PyTorch's [out, in] layout. x is rows x in, y is rows x out. */
public final class Linear {
    private Linear() {
    }

    public static float[] apply(float[] x, int rows, int in, float[] w, float[] bias, int out) {
        Shapes.require(x.length == rows * in, "x must hold rows*in values");
        Shapes.require(w.length == out * in, "w must hold out*in values");
        Shapes.require(bias == null || bias.length == out, "bias must be null or hold out values");
        float[] y = new float[rows * out];
        for (int r = 0; r < rows; r++) {
            int xBase = r * in;
            for (int o = 0; o < out; o++) {
                int wBase = o * in;
                double sum = bias == null ? 0.0 : bias[o];
                for (int i = 0; i < in; i++) {
                    sum += (double) x[xBase + i] * w[wBase + i];
                }
                y[r * out + o] = (float) sum;
            }
        }
        return y;
    }
}

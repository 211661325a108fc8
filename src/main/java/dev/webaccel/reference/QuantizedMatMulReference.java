package dev.webaccel.reference;

/** y = x · dequant(W)ᵀ: x is m x cols, W is rows x cols (output channels first, like nn.Linear), y is m x rows. */
public final class QuantizedMatMulReference {
    private QuantizedMatMulReference() {
    }

    public static float[] multiply(float[] x, int m, PackedWeights w) {
        Shapes.require(x.length == m * w.cols(), "x must hold m*cols values");
        int n = w.rows();
        int k = w.cols();
        float[] y = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (double) x[i * k + p] * w.dequantized(j, p);
                }
                y[i * n + j] = (float) sum;
            }
        }
        return y;
    }
}

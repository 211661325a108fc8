package dev.webaccel.reference;

/** y = (x - mean) / sqrt(var + eps) * gamma + beta per row; var is the biased (population) variance. */
public final class LayerNorm {
    private LayerNorm() {
    }

    public static float[] normalize(float[] x, int rows, int cols, float[] gamma, float[] beta, double eps) {
        Shapes.require(x.length == rows * cols, "x must hold rows*cols values");
        Shapes.require(gamma.length == cols && beta.length == cols, "gamma and beta must hold cols values");
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double mean = 0.0;
            for (int c = 0; c < cols; c++) {
                mean += x[base + c];
            }
            mean /= cols;
            double var = 0.0;
            for (int c = 0; c < cols; c++) {
                double d = x[base + c] - mean;
                var += d * d;
            }
            var /= cols;
            double inv = 1.0 / Math.sqrt(var + eps);
            for (int c = 0; c < cols; c++) {
                out[base + c] = (float) ((x[base + c] - mean) * inv * gamma[c] + beta[c]);
            }
        }
        return out;
    }
}

package dev.webaccel.reference;

/** Root-mean-square normalisation per row (LLaMA's RMSNorm) and plain L2 normalisation per row (CLIP's embeds). */
public final class RmsNorm {
    private RmsNorm() {
    }

    /** y = x / sqrt(mean(x^2) + eps) * gamma. */
    public static float[] normalize(float[] x, int rows, int cols, float[] gamma, double eps) {
        Shapes.require(gamma.length == cols, "gamma must hold cols values");
        return scaleRows(x, rows, cols, gamma, eps, cols);
    }

    /** y = x / sqrt(sum(x^2) + eps). */
    public static float[] l2normalize(float[] x, int rows, int cols, double eps) {
        return scaleRows(x, rows, cols, null, eps, 1);
    }

    private static float[] scaleRows(float[] x, int rows, int cols, float[] gamma, double eps, int divisor) {
        Shapes.require(x.length == rows * cols, "x must hold rows*cols values");
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double squares = 0.0;
            for (int c = 0; c < cols; c++) {
                squares += (double) x[base + c] * x[base + c];
            }
            double inv = 1.0 / Math.sqrt(squares / divisor + eps);
            for (int c = 0; c < cols; c++) {
                out[base + c] = (float) (x[base + c] * inv * (gamma == null ? 1.0 : gamma[c]));
            }
        }
        return out;
    }
}

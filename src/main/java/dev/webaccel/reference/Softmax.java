package dev.webaccel.reference;

/** Row softmax over a row-major rows x cols matrix, max-subtracted, in double. */
public final class Softmax {
    private Softmax() {
    }

    public static float[] rows(float[] x, int rows, int cols) {
        Shapes.require(x.length == rows * cols, "x must hold rows*cols values");
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, x[base + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(x[base + c] - max);
            }
            for (int c = 0; c < cols; c++) {
                out[base + c] = (float) (Math.exp(x[base + c] - max) / sum);
            }
        }
        return out;
    }
}

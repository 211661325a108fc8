package dev.webaccel.reference;

/** Matrix transpose: x rows x cols (row-major) -> cols x rows, out[c * rows + r] = x[r * cols + c]. */
public final class Transpose {
    private Transpose() {
    }

    public static float[] apply(float[] x, int rows, int cols) {
        Shapes.require(x.length == rows * cols, "x must hold rows*cols values");
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = x[r * cols + c];
            }
        }
        return out;
    }
}

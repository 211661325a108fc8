package dev.webaccel.reference.models;

/** Row bookkeeping on (batch*seq) x width tensors. */
final class Tokens {
    private Tokens() {
    }

    /** 0..seq-1 for every batch entry. */
    static int[] positions(int batch, int seq) {
        int[] out = new int[batch * seq];
        for (int i = 0; i < out.length; i++) {
            out[i] = i % seq;
        }
        return out;
    }

    /** Row 0 of every batch entry: batch x width. */
    static float[] firstOfEach(float[] x, int batch, int seq, int width) {
        int[] rows = new int[batch];
        for (int b = 0; b < batch; b++) {
            rows[b] = b * seq;
        }
        return pick(x, width, rows);
    }

    /** The given rows, in order. */
    static float[] pick(float[] x, int width, int[] rows) {
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x, rows[i] * width, out, i * width, width);
        }
        return out;
    }

    /** [prefix row; rows of x] per batch entry: batch x (1 + seq) x width. */
    static float[] prepend(float[] prefix, float[] x, int batch, int seq, int width) {
        float[] out = new float[batch * (seq + 1) * width];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(prefix, 0, out, b * (seq + 1) * width, width);
            System.arraycopy(x, b * seq * width, out, (b * (seq + 1) + 1) * width, seq * width);
        }
        return out;
    }

    /** rows x cols -> cols x rows (channel-major conv output to one row per time step, and back). */
    static float[] transpose(float[] x, int rows, int cols) {
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = x[r * cols + c];
            }
        }
        return out;
    }
}

package dev.webaccel.reference;

/** C = A · B for row-major A (m x k) and B (k x n), accumulated in double. */
public final class MatMulReference {
    private MatMulReference() {
    }

    public static float[] multiply(float[] a, float[] b, int m, int n, int k) {
        Shapes.require(a.length == m * k, "A must hold m*k values");
        Shapes.require(b.length == k * n, "B must hold k*n values");
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (double) a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = (float) sum;
            }
        }
        return c;
    }

    /** sum_p |a_ip| |b_pj| per output: the scale that floating-point error of a dot product grows with. */
    public static float[] absoluteProductSums(float[] a, float[] b, int m, int n, int k) {
        float[] out = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += Math.abs((double) a[i * k + p] * b[p * n + j]);
                }
                out[i * n + j] = (float) sum;
            }
        }
        return out;
    }
}

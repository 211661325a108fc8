package dev.webaccel.reference;

import java.util.function.DoubleUnaryOperator;

/** Element-wise operations, evaluated in double and rounded once to float. */
public final class Elementwise {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

    private Elementwise() {
    }

    /** GELU, tanh approximation (Hendrycks and Gimpel; PyTorch gelu(approximate='tanh')). */
    public static double geluTanh(double x) {
        return 0.5 * x * (1.0 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
    }

    /** GELU with the exact erf, as PyTorch's default F.gelu (what Whisper's conv stem uses). */
    public static double geluErf(double x) {
        return 0.5 * x * (1.0 + SpecialFunctions.erf(x / Math.sqrt(2.0)));
    }

    public static double silu(double x) {
        return x / (1.0 + Math.exp(-x));
    }

    /** CLIP's quick_gelu: x * sigmoid(1.702 x). */
    public static double quickGelu(double x) {
        return x / (1.0 + Math.exp(-1.702 * x));
    }

    public static double tanh(double x) {
        return Math.tanh(x);
    }

    public static double exp(double x) {
        return Math.exp(x);
    }

    public static float[] add(float[] a, float[] b) {
        Shapes.require(a.length == b.length, "add needs equal lengths");
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((double) a[i] + b[i]);
        }
        return out;
    }

    public static float[] mul(float[] a, float[] b) {
        Shapes.require(a.length == b.length, "mul needs equal lengths");
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((double) a[i] * b[i]);
        }
        return out;
    }

    public static float[] geluTanh(float[] x) {
        return map(x, Elementwise::geluTanh);
    }

    public static float[] geluErf(float[] x) {
        return map(x, Elementwise::geluErf);
    }

    public static float[] silu(float[] x) {
        return map(x, Elementwise::silu);
    }

    public static float[] quickGelu(float[] x) {
        return map(x, Elementwise::quickGelu);
    }

    public static float[] tanh(float[] x) {
        return map(x, Elementwise::tanh);
    }

    public static float[] exp(float[] x) {
        return map(x, Elementwise::exp);
    }

    private static float[] map(float[] x, DoubleUnaryOperator f) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) f.applyAsDouble(x[i]);
        }
        return out;
    }
}

package dev.webaccel.workload.cases;


/** Small helpers the case builders share: f32 unit roundoff, absolute values, error scales. */
public final class CaseMath {
    /** u = 2^-24, the unit roundoff of f32. */
    public static final double U = 0x1.0p-24;

    private CaseMath() {
    }

    public static float[] abs(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }

    /** max(1, |y|) per element: the scale of "relative, but absolute near zero" tolerances. */
    public static float[] atLeastOne(float[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.max(1f, Math.abs(y[i]));
        }
        return out;
    }

    public static float[] filled(int n, float value) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, value);
        return out;
    }
}

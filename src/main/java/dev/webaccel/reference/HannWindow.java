package dev.webaccel.reference;

/** Periodic Hann window, as torch.hann_window(n) (periodic=True): w[i] = 0.5 - 0.5 cos(2 pi i / n). */
public final class HannWindow {
    private HannWindow() {
    }

    public static double[] periodic(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / n);
        }
        return w;
    }

    public static float[] periodicFloat(int n) {
        double[] w = periodic(n);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) w[i];
        }
        return out;
    }
}

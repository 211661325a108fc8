package dev.webaccel.reference;

/**
 * Mel filterbank as librosa.filters.mel(sr, n_fft, n_mels) with its defaults: fmin = 0, fmax = sr / 2,
 * htk = False (Slaney's mel scale: linear below 1 kHz, logarithmic above) and norm = 'slaney'
 * (each triangle scaled by 2 / (its upper edge - its lower edge in Hz), so it has unit area).
 */
public final class MelFilterbank {
    private static final double F_SP = 200.0 / 3.0;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    private MelFilterbank() {
    }

    public static double hzToMel(double hz) {
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    public static double melToHz(double mel) {
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
    }

    /** nMels + 2 band edges in Hz, equally spaced in mel from 0 to sampleRate / 2. */
    public static double[] edgesHz(int sampleRate, int nMels) {
        double maxMel = hzToMel(sampleRate / 2.0);
        double[] hz = new double[nMels + 2];
        for (int i = 0; i < hz.length; i++) {
            hz[i] = melToHz(maxMel * i / (nMels + 1));
        }
        return hz;
    }

    /** Row-major nMels x (nFft / 2 + 1) weights, in double. */
    public static double[] slaney(int sampleRate, int nFft, int nMels) {
        int bins = nFft / 2 + 1;
        double[] edges = edgesHz(sampleRate, nMels);
        double[] weights = new double[nMels * bins];
        for (int m = 0; m < nMels; m++) {
            double lower = edges[m];
            double centre = edges[m + 1];
            double upper = edges[m + 2];
            double norm = 2.0 / (upper - lower);
            for (int k = 0; k < bins; k++) {
                double f = (double) k * sampleRate / nFft;
                double rising = (f - lower) / (centre - lower);
                double falling = (upper - f) / (upper - centre);
                weights[m * bins + k] = norm * Math.max(0.0, Math.min(rising, falling));
            }
        }
        return weights;
    }

    /** As librosa returns it (float32); this is what the GPU kernels get as input. */
    public static float[] slaneyFloat(int sampleRate, int nFft, int nMels) {
        double[] w = slaney(sampleRate, nFft, nMels);
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) w[i];
        }
        return out;
    }
}

package dev.webaccel.workload;

/** Test signals at Whisper's sample rate. */
public final class AudioSignals {
    public static final int SAMPLE_RATE = 16_000;

    private AudioSignals() {
    }

    public static int samples(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }

    public static float[] silence(double seconds) {
        return new float[samples(seconds)];
    }

    public static float[] sine(double hz, double seconds, double amplitude) {
        float[] out = new float[samples(seconds)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (amplitude * Math.sin(2.0 * Math.PI * hz * i / SAMPLE_RATE));
        }
        return out;
    }

    /** Linear sweep from f0 to f1 Hz: phase = 2 pi (f0 t + (f1 - f0) t^2 / (2 T)). */
    public static float[] chirp(double f0, double f1, double seconds, double amplitude) {
        float[] out = new float[samples(seconds)];
        double rate = (f1 - f0) / seconds;
        for (int i = 0; i < out.length; i++) {
            double t = (double) i / SAMPLE_RATE;
            out[i] = (float) (amplitude * Math.sin(2.0 * Math.PI * (f0 * t + 0.5 * rate * t * t)));
        }
        return out;
    }

    /** Uniform white noise in [-amplitude, amplitude). */
    public static float[] whiteNoise(double seconds, double amplitude, long seed) {
        return new SeededRandom(seed).uniform(samples(seconds), (float) -amplitude, (float) amplitude);
    }
}

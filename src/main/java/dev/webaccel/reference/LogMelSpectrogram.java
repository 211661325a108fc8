package dev.webaccel.reference;

/**
 * Whisper's log_mel_spectrogram (whisper/audio.py) for 16 kHz audio: STFT with n_fft = 400, hop = 160,
 * periodic Hann window, center = True with reflect padding of n_fft / 2 on both sides, the last frame dropped
 * (frames = samples / hop), power |X|^2, 80 Slaney mel filters, log10(max(x, 1e-10)), clamped below at
 * (global max - 8), then (x + 4) / 4. Output is row-major nMels x frames. Spectra by direct DFT in double.
 */
public final class LogMelSpectrogram {
    public static final int SAMPLE_RATE = 16_000;
    public static final int N_FFT = 400;
    public static final int HOP = 160;
    public static final int N_MELS = 80;
    public static final int BINS = N_FFT / 2 + 1;

    private LogMelSpectrogram() {
    }

    public static int frames(int samples) {
        return samples / HOP;
    }

    /** Index into the signal for padded position p (reflect without repeating the edge, as numpy/torch 'reflect'). */
    static int reflect(int index, int length) {
        if (index < 0) {
            return -index;
        }
        if (index >= length) {
            return 2 * (length - 1) - index;
        }
        return index;
    }

    /** frames x BINS power spectra, in double. */
    public static double[] powerSpectra(float[] audio) {
        Shapes.require(audio.length > N_FFT / 2, "reflect padding needs more than n_fft/2 samples");
        int frames = frames(audio.length);
        double[] window = HannWindow.periodic(N_FFT);
        double[] cos = new double[N_FFT];
        double[] sin = new double[N_FFT];
        for (int i = 0; i < N_FFT; i++) {
            cos[i] = Math.cos(2.0 * Math.PI * i / N_FFT);
            sin[i] = Math.sin(2.0 * Math.PI * i / N_FFT);
        }
        double[] frame = new double[N_FFT];
        double[] power = new double[frames * BINS];
        for (int t = 0; t < frames; t++) {
            for (int n = 0; n < N_FFT; n++) {
                frame[n] = window[n] * audio[reflect(t * HOP + n - N_FFT / 2, audio.length)];
            }
            for (int k = 0; k < BINS; k++) {
                double re = 0.0;
                double im = 0.0;
                for (int n = 0; n < N_FFT; n++) {
                    int phase = (k * n) % N_FFT;
                    re += frame[n] * cos[phase];
                    im -= frame[n] * sin[phase];
                }
                power[t * BINS + k] = re * re + im * im;
            }
        }
        return power;
    }

    /** log10(max(mel power, 1e-10)) before the clamp and rescale; nMels x frames. */
    public static double[] logMel(float[] audio) {
        int frames = frames(audio.length);
        double[] power = powerSpectra(audio);
        double[] filters = MelFilterbank.slaney(SAMPLE_RATE, N_FFT, N_MELS);
        double[] out = new double[N_MELS * frames];
        for (int m = 0; m < N_MELS; m++) {
            for (int t = 0; t < frames; t++) {
                double sum = 0.0;
                for (int k = 0; k < BINS; k++) {
                    sum += filters[m * BINS + k] * power[t * BINS + k];
                }
                out[m * frames + t] = Math.log10(Math.max(sum, 1e-10));
            }
        }
        return out;
    }

    public static float[] compute(float[] audio) {
        double[] log = logMel(audio);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : log) {
            max = Math.max(max, v);
        }
        float[] out = new float[log.length];
        for (int i = 0; i < log.length; i++) {
            out[i] = (float) ((Math.max(log[i], max - 8.0) + 4.0) / 4.0);
        }
        return out;
    }
}

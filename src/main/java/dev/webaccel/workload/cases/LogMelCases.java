package dev.webaccel.workload.cases;

import dev.webaccel.reference.HannWindow;
import dev.webaccel.reference.LogMelSpectrogram;
import dev.webaccel.reference.MelFilterbank;
import dev.webaccel.workload.AudioSignals;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whisper log-mel spectrogram cases (logmel.wgsl), checked against {@link LogMelSpectrogram} (double DFT). */
public final class LogMelCases {
    public static final int DEFAULT_WORKGROUP = 256;

    private LogMelCases() {
    }

    /**
     * @param variant "fft" (mixed-radix Stockham) or "dft" (direct 400-term DFT)
     * @param seconds audio length at 16 kHz (more than 200 samples)
     * @param workgroupSize WG of the log-mel kernels (power of two); ids get "-wgN" unless it is 256
     * @param signal sweep (20 Hz -> 7.98 kHz over the whole length), chirp (100 Hz -> 4 kHz), noise (white,
     *     seeded), silence, sine (1 kHz)
     * @return a case with id like {@code logmel-fft-5s-sweep}, workload {@code logmel-5s}, variant {@code optimized}
     *     (fft) or {@code baseline} (dft)
     */
    public static KernelCase of(String variant, double seconds, int workgroupSize, String signal, long seed) {
        if (!variant.equals("fft") && !variant.equals("dft")) {
            throw new IllegalArgumentException("logmel variant must be fft or dft, was " + variant);
        }
        if (Integer.bitCount(workgroupSize) != 1) {
            throw new IllegalArgumentException("logmel workgroup size must be a power of two, was " + workgroupSize);
        }
        float[] audio = signal(signal, seconds, seed);
        int samples = audio.length;
        if (samples <= LogMelSpectrogram.N_FFT / 2) {
            throw new IllegalArgumentException("logmel needs more than 200 samples (reflect padding), got " + samples);
        }
        int frames = LogMelSpectrogram.frames(samples);
        int mels = LogMelSpectrogram.N_MELS;
        String id = "logmel-" + variant + "-" + secondsLabel(seconds) + "-" + signal
                + (workgroupSize == DEFAULT_WORKGROUP ? "" : "-wg" + workgroupSize);
        KernelCase c = new KernelCase(id, "logmel", Map.of("samples", samples, "nMels", mels),
                new KernelSpec("logmel.wgsl", "logmel_" + variant, Map.of("WG", workgroupSize)),
                List.of(InputTensor.f32("audio", audio, samples),
                        InputTensor.f32("filters", MelFilterbank.slaneyFloat(AudioSignals.SAMPLE_RATE,
                                LogMelSpectrogram.N_FFT, mels), mels, LogMelSpectrogram.BINS),
                        InputTensor.f32("window", HannWindow.periodicFloat(LogMelSpectrogram.N_FFT), LogMelSpectrogram.N_FFT)),
                List.of(mels, frames),
                LogMelSpectrogram.compute(audio),
                CaseMath.filled(mels * frames, 1f),
                new Tolerance(1e-3, 0, "f32 spectra vs double DFT: a relative mel-energy error d moves (x+4)/4 by "
                        + "0.11*d; absolute 1e-3 allows d ~ 1e-2"));
        // docs/KERNELS.md: the mixed-radix FFT is the optimized spectrum, the direct DFT the baseline.
        return c.named("logmel-" + secondsLabel(seconds), variant.equals("fft") ? "optimized" : "baseline");
    }

    /**
     * The log-mel of recorded audio whose expected output is another implementation's (the Hugging Face
     * WhisperFeatureExtractor's input_features, see workload.models.GoldenLogMel), not the Java reference.
     *
     * @param audio 16 kHz samples, already padded as that implementation pads them
     * @param expected its nMels x frames output
     */
    public static KernelCase library(String id, String variant, float[] audio, float[] expected) {
        int samples = audio.length;
        int mels = LogMelSpectrogram.N_MELS;
        int frames = LogMelSpectrogram.frames(samples);
        if (expected.length != mels * frames) {
            throw new IllegalArgumentException("expected must hold " + mels + "x" + frames + " values for " + samples
                    + " samples, has " + expected.length);
        }
        return new KernelCase(id, "logmel", Map.of("samples", samples, "nMels", mels),
                new KernelSpec("logmel.wgsl", "logmel_" + variant, Map.of("WG", DEFAULT_WORKGROUP)),
                List.of(InputTensor.f32("audio", audio, samples),
                        InputTensor.f32("filters", MelFilterbank.slaneyFloat(AudioSignals.SAMPLE_RATE,
                                LogMelSpectrogram.N_FFT, mels), mels, LogMelSpectrogram.BINS)),
                List.of(mels, frames), expected, CaseMath.filled(mels * frames, 1f),
                new Tolerance(1e-3, 0, "f32 spectra in the page and in the library's f32 STFT: a relative "
                        + "mel-energy error d moves (x+4)/4 by 0.11*d; absolute 1e-3 allows d ~ 1e-2"));
    }

    public static float[] signal(String signal, double seconds, long seed) {
        return switch (signal) {
            case "sweep" -> AudioSignals.chirp(20, 7980, seconds, 0.5);
            case "chirp" -> AudioSignals.chirp(100, 4000, seconds, 0.5);
            case "noise" -> AudioSignals.whiteNoise(seconds, 0.5, seed);
            case "silence" -> AudioSignals.silence(seconds);
            case "sine" -> AudioSignals.sine(1000, seconds, 0.5);
            default -> throw new IllegalArgumentException("signal must be sweep, chirp, noise, silence or sine: " + signal);
        };
    }

    /** "5s", "0p5s": how a duration appears in case ids. */
    public static String secondsLabel(double seconds) {
        if (seconds == Math.rint(seconds)) {
            return (long) seconds + "s";
        }
        return String.format(Locale.ROOT, "%ss", seconds).replace('.', 'p');
    }
}

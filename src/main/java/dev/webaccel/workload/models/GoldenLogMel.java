package dev.webaccel.workload.models;

import dev.webaccel.reference.LogMelSpectrogram;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.cases.LogMelCases;
import java.util.Arrays;

/**
 * Whisper's front end against the library: the golden whisper folder's {@code audio} (5 s) zero-padded to 30 s as
 * WhisperFeatureExtractor pads it, expected to give its {@code input_features} [1, 80, 3000].
 */
public final class GoldenLogMel {
    public static final int PADDED_SAMPLES = 30 * LogMelSpectrogram.SAMPLE_RATE;

    private GoldenLogMel() {
    }

    /** The audio as the feature extractor feeds its STFT: padded with zeros to 480000 samples. */
    public static float[] paddedAudio(ModelFolder whisper) {
        float[] audio = whisper.input("audio");
        if (audio.length > PADDED_SAMPLES) {
            throw new ModelException("golden whisper audio has " + audio.length + " samples, more than 30 s");
        }
        return Arrays.copyOf(audio, PADDED_SAMPLES);
    }

    /** @param variant fft or dft (logmel.wgsl's entries; WASM always uses its FFT) */
    public static KernelCase of(String variant) {
        ModelFolder whisper = Goldens.family("whisper");
        return LogMelCases.library("logmel-" + variant + "-whisper-golden", variant, paddedAudio(whisper),
                whisper.input("input_features")).named("logmel-30s-golden", variant.equals("fft") ? "optimized" : "baseline");
    }
}

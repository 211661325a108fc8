package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.ModelFolder;
import java.util.Arrays;
import org.testng.annotations.Test;

/**
 * {@link LogMelSpectrogram} against transformers' WhisperFeatureExtractor (models/goldens/whisper): 5 s of audio
 * zero-padded to 30 s (480000 samples) as the extractor pads it, 3000 frames (the STFT's 3001st dropped).
 * Measured max |error|: see MEASURED. Tolerance 1e-4 on values in [-1.5, 1.5]: the library's STFT runs in f32,
 * and a relative mel-energy error d moves (x+4)/4 by 0.11 d.
 */
@Test(groups = "unit")
public class LogMelGoldenTest {
    private static final double TOLERANCE = 1e-4;

    public void reproducesTheFeatureExtractorsInputFeatures() {
        ModelFolder golden = Goldens.family("whisper");
        float[] audio = Arrays.copyOf(golden.input("audio"), 30 * LogMelSpectrogram.SAMPLE_RATE);
        float[] features = LogMelSpectrogram.compute(audio);

        Differences d = Differences.between(golden.input("input_features"), features);
        System.out.println("whisper input_features: " + d);
        assertThat(d.maxAbs()).as("input_features " + d).isLessThan(TOLERANCE);
    }
}

package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.GoldenLogMel;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * {@link LogMelSpectrogram} against transformers' WhisperFeatureExtractor (models/goldens/whisper): 5 s of audio
 * zero-padded to 30 s (480000 samples) as the extractor pads it, 3000 frames (the STFT's 3001st dropped), log10
 * of max(mel, 1e-10), clamped at max - 8, (x + 4) / 4: the reference follows the library step for step.
 * Measured max |error|: 3.6e-6 (values in [-0.6, 1.41]). Tolerance 2e-5: five times that; the library's STFT and
 * mel product run in f32, the reference in double.
 */
@Test(groups = "unit")
public class LogMelGoldenTest {
    private static final double TOLERANCE = 2e-5;

    public void reproducesTheFeatureExtractorsInputFeatures() {
        ModelFolder golden = Goldens.family("whisper");
        float[] features = LogMelSpectrogram.compute(GoldenLogMel.paddedAudio(golden));

        Differences d = Differences.between(golden.input("input_features"), features);
        System.out.println("whisper input_features: " + d);
        assertThat(d.maxAbs()).as("input_features " + d).isLessThan(TOLERANCE);
        assertThat(golden.output("input_features")).as("outputs.safetensors holds the same features")
                .containsExactly(golden.input("input_features"));
    }

    public void theBrowserCaseExpectsTheLibrarysFeatures() {
        KernelCase c = GoldenLogMel.of("fft");
        assertThat(c.outputShape()).containsExactly(80, 3000);
        assertThat(c.params()).containsEntry("samples", 480_000);
        assertThat(c.expected()).containsExactly(Goldens.family("whisper").input("input_features"));
        assertThat(OutputCheck.compare(c, LogMelSpectrogram.compute(GoldenLogMel.paddedAudio(Goldens.family("whisper"))))
                .passed()).as("the Java reference passes the case's check").isTrue();
    }
}

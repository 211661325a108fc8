package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.HfConfigs;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * WhisperModel.encoder (transformers 5.17) on the library's own log-mel of 5 s of audio padded to 30 s.
 * Measured max |error|: 2.3e-6 (values up to 3.0). Tolerance 2e-5: ten times that; the 1500-key softmax sums and
 * the 240-term conv1 sums are where torch's f32 differs most from double accumulation.
 */
@Test(groups = "unit")
public class WhisperReferenceTest {
    private static final double TOLERANCE = 2e-5;

    public void reproducesTransformersEncoderLastHiddenState() {
        ModelFolder golden = Goldens.family("whisper");
        float[] hidden = new WhisperReference(HfConfigs.whisperEncoder(golden.config()), golden.weights())
                .encoderLastHiddenState(golden.input("input_features"));

        Differences d = Differences.between(golden.output("encoder_last_hidden_state"), hidden);
        System.out.println("whisper encoder_last_hidden_state: " + d);
        assertThat(d.maxAbs()).as("encoder_last_hidden_state " + d).isLessThan(TOLERANCE);
    }
}

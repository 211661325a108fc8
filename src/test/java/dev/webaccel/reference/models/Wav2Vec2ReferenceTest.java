package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.HfConfigs;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * Wav2Vec2Model (transformers 5.17) on 1 s of raw audio (16000 samples, 49 frames). Measured max |error|: 2.5e-6
 * (values up to 3.3). Tolerance 2e-5: ten times that (f32 against double accumulation).
 */
@Test(groups = "unit")
public class Wav2Vec2ReferenceTest {
    private static final double TOLERANCE = 2e-5;

    public void reproducesTransformersLastHiddenState() {
        ModelFolder golden = Goldens.family("wav2vec2");
        float[] hidden = new Wav2Vec2Reference(HfConfigs.wav2vec2(golden.config()), golden.weights())
                .lastHiddenState(golden.input("input_values"));

        Differences d = Differences.between(golden.output("last_hidden_state"), hidden);
        System.out.println("wav2vec2 last_hidden_state: " + d);
        assertThat(d.maxAbs()).as("last_hidden_state " + d).isLessThan(TOLERANCE);
    }
}

package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.HfConfigs;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * ViTModel (transformers 5.17) on one 32x32 image, patch 8 (17 tokens). Measured max |error|: last_hidden_state
 * 2.5e-6 (values up to 3.5), pooler_output 2.5e-6. Tolerance 2e-5: f32 against double accumulation, ten times what
 * was measured.
 */
@Test(groups = "unit")
public class VitReferenceTest {
    private static final double TOLERANCE = 2e-5;

    public void reproducesTransformersLastHiddenStateAndPooler() {
        ModelFolder golden = Goldens.family("vit");
        VitReference.Output out = new VitReference(HfConfigs.vit(golden.config()), golden.weights())
                .forward(golden.input("pixel_values"), 1);

        Differences hidden = Differences.between(golden.output("last_hidden_state"), out.lastHiddenState());
        Differences pooled = Differences.between(golden.output("pooler_output"), out.poolerOutput());
        System.out.println("vit last_hidden_state: " + hidden + "; pooler_output: " + pooled);
        assertThat(hidden.maxAbs()).as("last_hidden_state " + hidden).isLessThan(TOLERANCE);
        assertThat(pooled.maxAbs()).as("pooler_output " + pooled).isLessThan(TOLERANCE);
    }
}

package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.HfConfigs;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * LlamaForCausalLM (transformers 5.17) on 10 tokens. Measured max |error|: 3.8e-6 (logits up to 4.5). Tolerance 4e-5:
 * ten times that; besides f32 sums, torch computes the rotary angles in f32 (inv_freq * position), we in double.
 */
@Test(groups = "unit")
public class LlamaReferenceTest {
    private static final double TOLERANCE = 4e-5;

    public void reproducesTransformersLogits() {
        ModelFolder golden = Goldens.family("llama");
        float[] logits = new LlamaReference(HfConfigs.llama(golden.config()), golden.weights())
                .logits(golden.inputInts("input_ids"), 1, 10);

        Differences d = Differences.between(golden.output("logits"), logits);
        System.out.println("llama logits: " + d);
        assertThat(d.maxAbs()).as("logits " + d).isLessThan(TOLERANCE);
    }
}

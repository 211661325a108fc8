package dev.webaccel.reference.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.models.Differences;
import dev.webaccel.workload.models.Goldens;
import dev.webaccel.workload.models.HfConfigs;
import dev.webaccel.workload.models.ModelFolder;
import org.testng.annotations.Test;

/**
 * CLIPModel (transformers 5.17): two texts of 12 tokens, one 32x32 image. Measured max |error|: text_embeds 2.7e-7,
 * image_embeds 1.8e-7, logits_per_image 1.7e-7 (unit-norm embeds, so small values). Tolerance 2e-5, as for the other
 * encoders. The texts are pooled at position 0, not at their highest id: the config's eos_token_id is 49407, which
 * no token equals (vocab 1000), and transformers then takes the argmax of an all-false row (pooling at the argmax of
 * the ids instead is off by 0.49).
 */
@Test(groups = "unit")
public class ClipReferenceTest {
    private static final double TOLERANCE = 2e-5;

    public void reproducesTransformersEmbedsAndLogits() {
        ModelFolder golden = Goldens.family("clip");
        ClipReference.Output out = new ClipReference(HfConfigs.clip(golden.config()), golden.weights())
                .forward(golden.inputInts("input_ids"), 2, 12, golden.input("pixel_values"), 1);

        Differences text = Differences.between(golden.output("text_embeds"), out.textEmbeds());
        Differences image = Differences.between(golden.output("image_embeds"), out.imageEmbeds());
        Differences logits = Differences.between(golden.output("logits_per_image"), out.logitsPerImage());
        System.out.println("clip text_embeds: " + text + "; image_embeds: " + image + "; logits_per_image: " + logits);
        assertThat(text.maxAbs()).as("text_embeds " + text).isLessThan(TOLERANCE);
        assertThat(image.maxAbs()).as("image_embeds " + image).isLessThan(TOLERANCE);
        assertThat(logits.maxAbs()).as("logits_per_image " + logits).isLessThan(TOLERANCE);
    }
}

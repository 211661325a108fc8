package dev.webaccel.workload.models;

import dev.webaccel.reference.models.LlavaReference;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The composite models, built from the golden components (their real files, loaded as separate components) and a
 * seeded projector written under {@code target/}, checked against the Java references composed from
 * {@code reference.models} (no golden: transformers has no such small composite to run).
 */
public final class Composites {
    /** As the goldens' (measured <= 4.8e-6 per family there), with the composite's two stacked towers in it. */
    static final Tolerance TOLERANCE = new Tolerance(1e-4, 1e-4,
            "f32 page vs the double Java reference through two stacked towers: 1e-4 + 1e-4*|expected|");

    private Composites() {
    }

    /** LLaVA-style: the CLIP golden's vision tower, a seeded projector, the LLaMA golden decoder. */
    public static KernelCase llava(Path projectDir, Path outDir) {
        GoldenModels.Golden clip = GoldenModels.load(projectDir, "clip");
        GoldenModels.Golden llama = GoldenModels.load(projectDir, "llama");
        ModelConfig clipConfig = ModelConfig.read(clip.dir().resolve("config.json"));
        ModelConfig llamaConfig = ModelConfig.read(llama.dir().resolve("config.json"));
        Path clipFile = clip.dir().resolve("model.safetensors");
        Path llamaFile = llama.dir().resolve("model.safetensors");
        int visionHidden = clipConfig.sub("vision_config").integer("hidden_size");
        int hidden = llamaConfig.integer("hidden_size");
        Path projector = projector(outDir.resolve("llava-projector.safetensors"), visionHidden, hidden, 21);
        List<String> unused = Safetensors.open(clipFile).tensors().stream().map(TensorInfo::name)
                .filter(n -> LlavaGraph.UNUSED_CLIP_PREFIXES.stream().anyMatch(n::startsWith)).toList();
        int[] before = {1, 37, 200};
        int[] after = {411, 7, 2};
        float[] pixels = Safetensors.open(clip.dir().resolve("inputs.safetensors")).readF32("pixel_values");
        ModelGraph graph = LlavaGraph.build(new LlavaGraph.Components(clipConfig, clipFile, unused, projector,
                llamaConfig, llamaFile), before, pixels, after);
        float[] expected = new LlavaReference(HfConfigs.clip(clip.dir().resolve("config.json")), clip.weights(),
                Safetensors.open(projector).readAllF32(), HfConfigs.llama(llama.dir().resolve("config.json")),
                llama.weights()).logits(before, pixels, after);
        return graph.toCase("model-llava-composite", expected, magnitudes(expected), TOLERANCE);
    }

    /** multi_modal_projector.linear_{1,2}: in -> hidden -> hidden, weights of std ~0.15 like the goldens'. */
    static Path projector(Path file, int in, int hidden, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float bound = 0.26f;  // uniform(-b, b) has std b/sqrt(3) = 0.15
        return new SafetensorsWriter()
                .add("multi_modal_projector.linear_1.weight", SafetensorsDtype.F32, new long[] {hidden, in},
                        random.uniform(hidden * in, -bound, bound))
                .add("multi_modal_projector.linear_1.bias", SafetensorsDtype.F32, new long[] {hidden},
                        random.uniform(hidden, -bound, bound))
                .add("multi_modal_projector.linear_2.weight", SafetensorsDtype.F32, new long[] {hidden, hidden},
                        random.uniform(hidden * hidden, -bound, bound))
                .add("multi_modal_projector.linear_2.bias", SafetensorsDtype.F32, new long[] {hidden},
                        random.uniform(hidden, -bound, bound))
                .write(file);
    }

    static float[] magnitudes(float[] values) {
        float[] out = Arrays.copyOf(values, values.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(out[i]);
        }
        return out;
    }
}

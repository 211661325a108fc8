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

    /** CLAP-style: the Wav2Vec2 golden as audio tower, the BERT golden as text tower, seeded projections. */
    public static KernelCase clap(Path projectDir, Path outDir) {
        GoldenModels.Golden w2v = GoldenModels.load(projectDir, "wav2vec2");
        GoldenModels.Golden bert = GoldenModels.load(projectDir, "bert");
        ModelConfig audioConfig = ModelConfig.read(w2v.dir().resolve("config.json"));
        ModelConfig textConfig = ModelConfig.read(bert.dir().resolve("config.json"));
        int projection = 32;
        Path projections = clapProjections(outDir.resolve("clap-projections.safetensors"),
                audioConfig.integer("hidden_size"), textConfig.integer("hidden_size"), projection, 22);
        float[] audio = Safetensors.open(w2v.dir().resolve("inputs.safetensors")).readF32("input_values");
        Safetensors bertInputs = Safetensors.open(bert.dir().resolve("inputs.safetensors"));
        int[] ids = java.util.Arrays.stream(bertInputs.readI64("input_ids")).mapToInt(Math::toIntExact).toArray();
        int[] mask = java.util.Arrays.stream(bertInputs.readI64("attention_mask")).mapToInt(Math::toIntExact).toArray();
        ModelGraph graph = ClapGraph.build(new ClapGraph.Components(audioConfig, w2v.dir().resolve("model.safetensors"),
                textConfig, bert.dir().resolve("model.safetensors"), projections, projection), audio, ids, mask);
        dev.webaccel.reference.models.ClapReference.Output out = new dev.webaccel.reference.models.ClapReference(
                HfConfigs.wav2vec2(w2v.dir().resolve("config.json")), w2v.weights(),
                HfConfigs.bert(bert.dir().resolve("config.json")), bert.weights(),
                Safetensors.open(projections).readAllF32(), projection).forward(audio, ids, mask);
        float[] expected = new float[2 * projection + 1];
        System.arraycopy(out.audioEmbeds(), 0, expected, 0, projection);
        System.arraycopy(out.textEmbeds(), 0, expected, projection, projection);
        expected[2 * projection] = out.logits()[0];
        return graph.toCase("model-clap-composite", expected, magnitudes(expected), TOLERANCE);
    }

    static Path clapProjections(Path file, int audioHidden, int textHidden, int p, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float b = 0.26f;
        SafetensorsWriter w = new SafetensorsWriter();
        for (String tower : new String[] {"audio_projection", "text_projection"}) {
            int in = tower.startsWith("audio") ? audioHidden : textHidden;
            w.add(tower + ".linear1.weight", SafetensorsDtype.F32, new long[] {p, in}, random.uniform(p * in, -b, b))
                    .add(tower + ".linear1.bias", SafetensorsDtype.F32, new long[] {p}, random.uniform(p, -b, b))
                    .add(tower + ".linear2.weight", SafetensorsDtype.F32, new long[] {p, p}, random.uniform(p * p, -b, b))
                    .add(tower + ".linear2.bias", SafetensorsDtype.F32, new long[] {p}, random.uniform(p, -b, b));
        }
        return w.add("logit_scale_a", SafetensorsDtype.F32, new long[] {}, new float[] {(float) Math.log(1 / 0.07)})
                .write(file);
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

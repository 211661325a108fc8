package dev.webaccel.workload.models;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Tolerance;
import dev.webaccel.workload.models.PresetInputs.Size;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real-size model presets ({@link Preset}) as files, graphs and cases: the files are written under
 * {@code target/webaccel/presets/<id>/} (see {@link PresetFolder}), the graph is the family's builder on the
 * preset's config and deterministic inputs ({@link PresetInputs}), and a case's expected output is that graph on
 * the Java op references ({@link GraphInterpreter}) with the same weights.
 */
public final class Presets {
    /**
     * |page - Java| <= 1e-4 + 1e-3 |expected|. The page computes in f32 (dot products over up to 3072 terms, exp/tanh
     * approximations, f32 softmax), the Java references accumulate in double; with std-0.02 weights each op adds
     * ~1e-7 relative, renormalised by every LayerNorm/RMSNorm through 12 to 30 layers. Measured on the CI-sized
     * inputs in Chromium: max |error| 5.0e-6 (bert-base, WASM), 5.1e-6 (vit-base), 6.5e-7 (clip), 1.9e-6 (SmolLM
     * logits), 7.3e-6 (bert-base, WebGPU on SwiftShader): the bound leaves ~15x for longer inputs and other
     * adapters. A wrong weight, norm or mask moves outputs by 1e-2 or more.
     */
    public static final Tolerance TOLERANCE = new Tolerance(1e-4, 1e-3,
            "f32 in the page vs double-accumulating Java references through 12-30 layers of std-0.02 weights "
                    + "(measured max |error| <= 7.3e-6): 1e-4 + 1e-3*|expected|");

    private Presets() {
    }

    /** Where preset files go: {@code target/webaccel/presets} of the project. */
    public static Path root(Path projectDir) {
        return projectDir.resolve("target").resolve("webaccel").resolve("presets");
    }

    /** The preset's config.json and model.safetensors, written unless current ones are there. */
    public static PresetFolder files(Preset preset, Path projectDir) {
        return PresetFolder.ensure(preset, root(projectDir));
    }

    /** The parameters of the preset's tensors, counted from the shapes its config implies. */
    public static long parameters(Preset preset) {
        return PresetFolder.tensors(preset).stream().mapToLong(PresetTensor::elements).sum();
    }

    /** The preset's graph on its inputs of this size, reading the folder's weights. */
    public static ModelGraph graph(Preset preset, PresetFolder folder, Size size) {
        return graph(preset, ModelConfig.read(folder.config()), folder.model(), size);
    }

    static ModelGraph graph(Preset preset, ModelConfig c, Path model, Size size) {
        long seed = preset.seed();
        ModelGraph graph = switch (preset.family()) {
            case BERT -> {
                PresetInputs.BertInput in = PresetInputs.bert(seed, size, c.integer("vocab_size"));
                yield BertGraph.build(c, model, in.ids(), in.mask(), in.tokenTypes());
            }
            case VIT -> VitGraph.build(c, model,
                    PresetInputs.image(seed, c.integer("num_channels"), c.integer("image_size")));
            case CLIP -> {
                ModelConfig vision = c.sub("vision_config");
                yield ClipGraph.build(c, model, PresetInputs.clipTexts(seed, size),
                        PresetInputs.image(seed + 1, vision.integer("num_channels", 3), vision.integer("image_size")));
            }
            case LLAMA -> LlamaGraph.build(c, model,
                    PresetInputs.llamaPrompt(seed, size, c.integer("vocab_size"), c.integer("bos_token_id", 0)));
            case WHISPER, WAV2VEC2 -> throw new ModelException(preset.id() + ": the " + preset.family().id()
                    + " graph is not built yet (its config and weights are written: " + model.toAbsolutePath().getParent() + "); add the family's "
                    + "graph builder and mark ModelFamily." + preset.family() + " as built");
        };
        return graph.withWeightFile(preset.id(), model);
    }

    /**
     * The graph presets named in a comma-separated list of ids (e.g. "bert-base-uncased,vit-base-patch16-224"); all
     * of them for an empty list. An unknown or graph-less name fails, listing the known ones.
     */
    public static List<Preset> selected(String ids) {
        if (ids == null || ids.isBlank()) {
            return Preset.withGraphs();
        }
        List<Preset> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            Preset preset = Preset.byId(id.trim()).filter(p -> p.family().graphBuilt())
                    .orElseThrow(() -> new ModelException("no preset with a graph named '" + id.trim() + "'; known: "
                            + Preset.withGraphs()));
            out.add(preset);
        }
        return out;
    }

    /** The case id of a preset at a size, e.g. preset-bert-base-uncased-ci. */
    public static String caseId(Preset preset, Size size) {
        return "preset-" + preset.id() + "-" + size.id();
    }

    /** The preset's case: its graph, expected = the same graph on the Java references with the file's weights. */
    public static KernelCase modelCase(Preset preset, Size size, Path projectDir) {
        PresetFolder folder = files(preset, projectDir);
        ModelGraph graph = graph(preset, folder, size);
        Map<String, float[]> weights = Safetensors.open(folder.model()).readAllF32();
        float[] expected = GraphInterpreter.run(graph, weights);
        float[] scale = new float[expected.length];
        for (int i = 0; i < expected.length; i++) {
            scale[i] = Math.abs(expected[i]);
        }
        return graph.toCase(caseId(preset, size), expected, scale, TOLERANCE).named(preset.id(), size.id());
    }
}

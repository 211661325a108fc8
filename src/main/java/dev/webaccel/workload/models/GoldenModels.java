package dev.webaccel.workload.models;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Tolerance;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The golden models (models/goldens/, from ../shared/goldens: small random models that Hugging Face transformers
 * ran) as cases: each family's graph built from its config.json, fed its inputs.safetensors, and checked against
 * its outputs.safetensors.
 */
public final class GoldenModels {
    public static final List<String> FAMILIES = List.of("bert", "vit", "clip", "llama", "whisper", "wav2vec2");

    /**
     * |page - transformers| <= 5e-5 + 5e-5 |transformers|: about 10x what was measured (at most 4.8e-6 absolute on
     * outputs up to |4.5|, WebGPU on SwiftShader and lavapipe, WASM in WebKitGTK). Both sides are f32 and differ in
     * summation order and in erf/tanh/exp approximations; a wrong activation variant (tanh vs erf GELU) or norm eps
     * moves outputs by 1e-3 and fails.
     */
    static final Tolerance TOLERANCE = new Tolerance(5e-5, 5e-5,
            "f32 page vs f32 PyTorch (summation order, erf/tanh/exp approximations): measured <= 4.8e-6, "
                    + "allowed 5e-5 + 5e-5*|expected|; a wrong GELU variant is off by ~1e-3");

    private GoldenModels() {
    }

    /** The folder holding one directory per family. */
    public static Path root(Path projectDir) {
        return Goldens.root(projectDir);
    }

    public static KernelCase golden(Path projectDir, String family) {
        return load(projectDir, family).toCase();
    }

    /** One golden model: its graph and what transformers returned, packed in the graph's output order. */
    public record Golden(String family, Path dir, ModelGraph graph, float[] expected) {
        public KernelCase toCase() {
            float[] scale = new float[expected.length];
            for (int i = 0; i < expected.length; i++) {
                scale[i] = Math.abs(expected[i]);
            }
            return graph.toCase("model-" + family + "-golden", expected, scale, TOLERANCE);
        }

        /** The parameter count transformers reported (meta.json). */
        public long parameters() {
            return ModelConfig.read(dir.resolve("meta.json")).integer("params");
        }

        public Map<String, float[]> weights() {
            return Safetensors.open(dir.resolve("model.safetensors")).readAllF32();
        }

        /**
         * The model with its weights stored as F16 or BF16 in {@code dir}: the page widens them to f32 at load; the
         * expected output is this graph on the Java references with the same rounded weights.
         */
        public KernelCase storedAs(SafetensorsDtype dtype, Path outDir) {
            Safetensors source = Safetensors.open(this.dir.resolve("model.safetensors"));
            SafetensorsWriter writer = new SafetensorsWriter();
            for (TensorInfo t : source.tensors()) {
                writer.add(t.name(), dtype, t.shape(), source.readF32(t.name()));
            }
            String name = family + "-" + dtype.name().toLowerCase(java.util.Locale.ROOT);
            Path file = writer.write(outDir.resolve(name + ".safetensors"));
            ModelGraph converted = graph.withWeightFile(name, file);
            float[] reference = GraphInterpreter.run(converted, Safetensors.open(file).readAllF32());
            return new Golden(family, this.dir, converted, reference).toCase().withId("model-" + name);
        }

        /** The model reading a damaged copy of its weights (see {@link WeightDefects}). */
        public KernelCase reading(WeightDefects.Defect defect) {
            return new Golden(family, dir, graph.withWeightFile(family + "-" + defect.name(), defect.file()), expected)
                    .toCase().withId("model-" + family + "-" + defect.name());
        }
    }

    public static Golden load(Path projectDir, String family) {
        Path dir = root(projectDir).resolve(family);
        if (!Files.isDirectory(dir)) {
            throw new ModelException("no golden model at " + dir + "; models/goldens/ is part of the checkout");
        }
        ModelConfig config = ModelConfig.read(dir.resolve("config.json"));
        Path weights = dir.resolve("model.safetensors");
        Safetensors inputs = Safetensors.open(dir.resolve("inputs.safetensors"));
        ModelGraph graph = switch (family) {
            case "bert" -> {
                int[] ids = ints(inputs.readI64("input_ids"));
                yield BertGraph.build(config, weights, ids, ints(inputs.readI64("attention_mask")), new int[ids.length]);
            }
            case "vit" -> VitGraph.build(config, weights, inputs.readF32("pixel_values"));
            case "clip" -> ClipGraph.build(config, weights, rows(ints(inputs.readI64("input_ids")),
                    (int) inputs.info("input_ids").shape()[1]), inputs.readF32("pixel_values"));
            case "llama" -> LlamaGraph.build(config, weights, ints(inputs.readI64("input_ids")));
            case "whisper" -> WhisperGraph.build(config, weights, Safetensors.open(weights).tensors().stream()
                    .map(TensorInfo::name).filter(n -> n.startsWith("decoder.")).toList(),
                    inputs.readF32("input_features"));
            case "wav2vec2" -> Wav2Vec2Graph.build(config, weights, inputs.readF32("input_values"));
            default -> throw new ModelException("no golden family '" + family + "'; known: " + FAMILIES);
        };
        return new Golden(family, dir, graph, packed(Safetensors.open(dir.resolve("outputs.safetensors")), graph.parts()));
    }

    /** The library's outputs one after another in the graph's packing order, shapes checked. */
    static float[] packed(Safetensors outputs, List<OutputPart> parts) {
        float[] all = new float[parts.stream().mapToInt(OutputPart::elements).sum()];
        int at = 0;
        for (OutputPart part : parts) {
            float[] values = outputs.readF32(part.name());
            if (values.length != part.elements()) {
                throw new ModelException("outputs.safetensors: '" + part.name() + "' holds " + values.length
                        + " values, the graph writes " + part.shape());
            }
            System.arraycopy(values, 0, all, at, values.length);
            at += values.length;
        }
        return all;
    }

    private static int[] ints(long[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.toIntExact(values[i]);
        }
        return out;
    }

    private static int[][] rows(int[] flat, int cols) {
        int[][] out = new int[flat.length / cols][];
        for (int r = 0; r < out.length; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return out;
    }
}

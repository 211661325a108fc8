package dev.webaccel.workload.models;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's own model folder ({@code -Dmodel.dir}), as Hugging Face publishes it: config.json + model.safetensors of
 * a bert, vit, clip or llama model. The family comes from {@code model_type}; the weights may carry the prefix of a
 * task checkpoint (e.g. {@code bert.}), whose heads are then not read. Inputs are seeded (ids inside the
 * vocabulary, an image of uniform noise); the expected output is the same graph on the Java op references.
 */
public final class ModelDirs {
    /** Real checkpoints are deeper than the goldens: the f32 page against the double reference over 12+ layers. */
    static final Tolerance TOLERANCE = new Tolerance(1e-3, 1e-3,
            "f32 page vs the double Java reference over a real model's depth: 1e-3 + 1e-3*|expected|");

    private ModelDirs() {
    }

    public static KernelCase of(Path dir) {
        Path configFile = dir.resolve("config.json");
        Path weights = dir.resolve("model.safetensors");
        for (Path p : List.of(configFile, weights)) {
            if (!Files.isRegularFile(p)) {
                throw new ModelException("-Dmodel.dir=" + dir + " has no " + p.getFileName() + "; download both "
                        + "config.json and model.safetensors of the model (sharded or .bin checkpoints are not read)");
            }
        }
        ModelConfig config = ModelConfig.read(configFile);
        SeededRandom random = new SeededRandom(7);
        ModelGraph graph = switch (config.modelType()) {
            case "bert" -> {
                int[] ids = ids(random, 16, config.integer("vocab_size"));
                int[] mask = new int[16];
                java.util.Arrays.fill(mask, 0, 14, 1);
                yield BertGraph.build(config, weights, ids, mask, new int[16]);
            }
            case "vit" -> VitGraph.build(config, weights, random.uniform(config.integer("num_channels", 3)
                    * config.integer("image_size") * config.integer("image_size"), -1f, 1f));
            case "clip" -> {
                ModelConfig vision = config.sub("vision_config");
                int vocab = config.sub("text_config").integer("vocab_size");
                yield ClipGraph.build(config, weights, new int[][] {ids(random, 8, vocab), ids(random, 8, vocab)},
                        random.uniform(3 * vision.integer("image_size") * vision.integer("image_size"), -1f, 1f));
            }
            case "llama" -> LlamaGraph.build(config, weights, ids(random, 12, config.integer("vocab_size")));
            default -> throw new ModelException(configFile + ": model_type '" + config.modelType() + "' is not one "
                    + "webaccel builds; it runs bert, vit, clip and llama from a folder (and its goldens)");
        };
        graph = withFilePrefix(graph, weights);
        Map<String, float[]> values = new HashMap<>();
        Safetensors file = Safetensors.open(weights);
        graph.weights().tensors().forEach(t -> values.put(t.name(), file.readF32(t.name())));
        float[] expected = GraphInterpreter.run(graph, values);
        return graph.toCase("model-dir-" + config.modelType(), expected, Composites.magnitudes(expected), TOLERANCE);
    }

    /** Finds the prefix the file puts before the names the graph reads (none, or e.g. "bert."). */
    static ModelGraph withFilePrefix(ModelGraph graph, Path weights) {
        Set<String> inFile = new java.util.HashSet<>();
        Safetensors.open(weights).tensors().forEach(t -> inFile.add(t.name()));
        String probe = graph.weights().tensors().get(0).name();
        String prefix = inFile.contains(probe) ? "" : inFile.stream().filter(n -> n.endsWith("." + probe))
                .map(n -> n.substring(0, n.length() - probe.length())).findFirst().orElse("");
        List<String> notRead = inFile.stream()
                .filter(n -> (!prefix.isEmpty() && !n.startsWith(prefix)) || n.endsWith(".position_ids")).toList();
        return graph.withWeightPrefix(prefix, graph.weights().id(), weights, notRead);
    }

    /**
     * A copy of a model folder laid out as a task checkpoint: every tensor under {@code prefix}, plus a task head
     * the base model does not read (as bert-base-uncased's BertForPreTraining file holds bert.* and cls.*).
     */
    public static Path asTaskCheckpoint(Path dir, Path outDir, String prefix) {
        try {
            Files.createDirectories(outDir);
            Files.copy(dir.resolve("config.json"), outDir.resolve("config.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Safetensors source = Safetensors.open(dir.resolve("model.safetensors"));
        SafetensorsWriter writer = new SafetensorsWriter();
        for (TensorInfo t : source.tensors()) {
            writer.add(prefix + t.name(), SafetensorsDtype.F32, t.shape(), source.readF32(t.name()));
        }
        writer.add("cls.predictions.bias", SafetensorsDtype.F32, new long[] {4}, new float[4]);
        writer.write(outDir.resolve("model.safetensors"));
        return outDir;
    }

    private static int[] ids(SeededRandom random, int n, int vocab) {
        float[] u = random.uniform(n, 0f, 1f);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Math.min(vocab - 1, 1 + (int) (u[i] * (vocab - 1)));
        }
        return ids;
    }
}

package dev.webaccel.workload.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Hugging Face model as downloaded (config.json, model.safetensors), with the inputs.safetensors and
 * outputs.safetensors of a recorded run beside it.
 */
public record ModelFolder(Path dir) {

    public Path config() {
        return dir.resolve("config.json");
    }

    public Map<String, float[]> weights() {
        return Safetensors.open(dir.resolve("model.safetensors")).readAllF32();
    }

    public float[] input(String name) {
        return Safetensors.open(dir.resolve("inputs.safetensors")).readF32(name);
    }

    /** An integer input (ids, masks) as int, each checked to fit. */
    public int[] inputInts(String name) {
        long[] values = Safetensors.open(dir.resolve("inputs.safetensors")).readI64(name);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.toIntExact(values[i]);
        }
        return out;
    }

    public float[] output(String name) {
        return Safetensors.open(dir.resolve("outputs.safetensors")).readF32(name);
    }

    public boolean exists() {
        return Files.isRegularFile(config());
    }
}

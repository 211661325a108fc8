package dev.webaccel.workload.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Hugging Face {@code config.json} (or one of its sub-configs, e.g. CLIP's {@code text_config}), read with the
 * library's own keys. A missing or mistyped key fails naming the file, the key and what was expected.
 */
public final class ModelConfig {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final JsonNode node;

    private ModelConfig(String source, JsonNode node) {
        this.source = source;
        this.node = node;
    }

    public static ModelConfig read(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            if (node == null || !node.isObject()) {
                throw new ModelException(file + ": not a JSON object; expected a Hugging Face config.json");
            }
            return new ModelConfig(file.toString(), node);
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read the model config (" + e.getMessage() + ")", e);
        }
    }

    public static ModelConfig of(String source, JsonNode node) {
        return new ModelConfig(source, node);
    }

    public String source() {
        return source;
    }

    public String modelType() {
        return text("model_type");
    }

    public ModelConfig sub(String key) {
        JsonNode child = node.get(key);
        if (child == null || !child.isObject()) {
            throw missing(key, "an object");
        }
        return new ModelConfig(source + "#" + key, child);
    }

    public int integer(String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw missing(key, "an integer");
        }
        return v.intValue();
    }

    public int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    public double number(String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber()) {
            throw missing(key, "a number");
        }
        return v.doubleValue();
    }

    public double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    public String text(String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) {
            throw missing(key, "a string");
        }
        return v.textValue();
    }

    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    public boolean flag(String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw missing(key, "true or false");
        }
        return v.booleanValue();
    }

    public int[] integers(String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isArray()) {
            throw missing(key, "an array of integers");
        }
        int[] out = new int[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isIntegralNumber() || !v.get(i).canConvertToInt()) {
                throw missing(key, "an array of integers");
            }
            out[i] = v.get(i).intValue();
        }
        return out;
    }

    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    private ModelException missing(String key, String what) {
        JsonNode v = node.get(key);
        return new ModelException(source + ": key '" + key + "' must be " + what + ", was "
                + (v == null ? "missing" : v.toString()) + "; is this the config.json of the model?");
    }
}

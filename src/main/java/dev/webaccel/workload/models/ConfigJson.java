package dev.webaccel.workload.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Typed, required reads from a Hugging Face config.json (or one of its nested sub-configs). */
final class ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String where;
    private final JsonNode node;

    private ConfigJson(String where, JsonNode node) {
        this.where = where;
        this.node = node;
    }

    static ConfigJson read(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new ModelConfigException(file + ": not a JSON object");
            }
            return new ConfigJson(file.toString(), root);
        } catch (IOException e) {
            throw new ModelConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    ConfigJson child(String key) {
        JsonNode value = required(key);
        if (!value.isObject()) {
            throw wrongType(key, "an object");
        }
        return new ConfigJson(where + " " + key, value);
    }

    int integer(String key) {
        JsonNode value = required(key);
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw wrongType(key, "an integer");
        }
        return value.asInt();
    }

    int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    double number(String key) {
        JsonNode value = required(key);
        if (!value.isNumber()) {
            throw wrongType(key, "a number");
        }
        return value.asDouble();
    }

    String text(String key) {
        JsonNode value = required(key);
        if (!value.isTextual()) {
            throw wrongType(key, "a string");
        }
        return value.asText();
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw wrongType(key, "a boolean");
        }
        return value.asBoolean();
    }

    int[] integers(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw wrongType(key, "an array of integers");
        }
        int[] out = new int[value.size()];
        for (int i = 0; i < out.length; i++) {
            if (!value.get(i).canConvertToExactIntegral()) {
                throw wrongType(key, "an array of integers");
            }
            out[i] = value.get(i).asInt();
        }
        return out;
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    private JsonNode required(String key) {
        if (!has(key)) {
            throw new ModelConfigException(where + ": missing '" + key + "'");
        }
        return node.get(key);
    }

    private ModelConfigException wrongType(String key, String expected) {
        return new ModelConfigException(where + ": '" + key + "' is " + node.get(key) + ", not " + expected);
    }
}

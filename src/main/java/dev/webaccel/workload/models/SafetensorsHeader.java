package dev.webaccel.workload.models;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses and validates a safetensors JSON header against the size of the data section that follows it. */
final class SafetensorsHeader {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String METADATA = "__metadata__";

    private final String file;
    private final long dataBytes;

    private SafetensorsHeader(String file, long dataBytes) {
        this.file = file;
        this.dataBytes = dataBytes;
    }

    record Parsed(List<TensorInfo> tensors, Map<String, String> metadata) {
    }

    static Parsed parse(String file, String json, long dataBytes) {
        return new SafetensorsHeader(file, dataBytes).parse(json);
    }

    private Parsed parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw fail("header is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("header is not a JSON object");
        }
        List<TensorInfo> tensors = new ArrayList<>();
        Map<String, String> metadata = Map.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(METADATA)) {
                metadata = metadata(entry.getValue());
            } else {
                tensors.add(tensor(entry.getKey(), entry.getValue()));
            }
        }
        requireNoOverlaps(tensors);
        return new Parsed(List.copyOf(tensors), metadata);
    }

    private Map<String, String> metadata(JsonNode node) {
        if (!node.isObject()) {
            throw fail("__metadata__ is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw fail("__metadata__ value '" + entry.getKey() + "' is not a string");
            }
            out.put(entry.getKey(), entry.getValue().asText());
        }
        return Map.copyOf(out);
    }

    private TensorInfo tensor(String name, JsonNode node) {
        if (!node.isObject()) {
            throw fail(name, "is not a JSON object");
        }
        JsonNode dtypeNode = node.get("dtype");
        if (dtypeNode == null || !dtypeNode.isTextual()) {
            throw fail(name, "has no dtype string");
        }
        SafetensorsDtype dtype = SafetensorsDtype.parse(dtypeNode.asText())
                .orElseThrow(() -> fail(name, "has unknown dtype '" + dtypeNode.asText() + "'"));
        long[] shape = shape(name, node.get("shape"));
        long[] offsets = offsets(name, node.get("data_offsets"));
        long begin = offsets[0];
        long end = offsets[1];
        if (begin > end) {
            throw fail(name, "has data_offsets [" + begin + ", " + end + "] with begin after end");
        }
        if (end > dataBytes) {
            throw fail(name, "has data_offsets [" + begin + ", " + end + "] past the end of the data section ("
                    + dataBytes + " bytes)");
        }
        TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
        long expected = expectedBytes(info);
        if (end - begin != expected) {
            throw fail(name, "has " + (end - begin) + " bytes in data_offsets [" + begin + ", " + end + "] but shape "
                    + java.util.Arrays.toString(shape) + " of " + dtype + " needs " + expected);
        }
        return info;
    }

    private long expectedBytes(TensorInfo info) {
        try {
            return Math.multiplyExact(info.elements(), info.dtype().bytes());
        } catch (ArithmeticException e) {
            throw fail(info.name(), "has a shape whose size overflows 64 bits");
        }
    }

    private long[] shape(String name, JsonNode node) {
        if (node == null || !node.isArray()) {
            throw fail(name, "has no shape array");
        }
        long[] shape = new long[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode d = node.get(i);
            if (!d.canConvertToExactIntegral() || !d.canConvertToLong() || d.asLong() < 0) {
                throw fail(name, "has shape entry " + d + " that is not a non-negative integer");
            }
            shape[i] = d.asLong();
        }
        return shape;
    }

    private long[] offsets(String name, JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 2) {
            throw fail(name, "has no data_offsets pair [begin, end]");
        }
        long[] out = new long[2];
        for (int i = 0; i < 2; i++) {
            JsonNode d = node.get(i);
            if (!d.canConvertToExactIntegral() || !d.canConvertToLong() || d.asLong() < 0) {
                throw fail(name, "has data_offsets entry " + d + " that is not a non-negative integer");
            }
            out[i] = d.asLong();
        }
        return out;
    }

    private void requireNoOverlaps(List<TensorInfo> tensors) {
        List<TensorInfo> sorted = new ArrayList<>(tensors);
        sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        for (int i = 1; i < sorted.size(); i++) {
            TensorInfo previous = sorted.get(i - 1);
            TensorInfo current = sorted.get(i);
            if (current.begin() < previous.end()) {
                throw fail(current.name(), "has data_offsets [" + current.begin() + ", " + current.end()
                        + "] overlapping tensor '" + previous.name() + "' [" + previous.begin() + ", "
                        + previous.end() + "]");
            }
        }
    }

    private SafetensorsException fail(String tensor, String problem) {
        return fail("tensor '" + tensor + "' " + problem);
    }

    private SafetensorsException fail(String problem) {
        return new SafetensorsException(file + ": " + problem);
    }
}

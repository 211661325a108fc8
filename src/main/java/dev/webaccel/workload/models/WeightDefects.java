package dev.webaccel.workload.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Damaged copies of a real weight file, each with the words the page's error must contain: what a user meets with
 * an interrupted download, a file from another model, or a forged header. For tests of the page's checks.
 */
public final class WeightDefects {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One damaged file and the fragment of the page's error that names its problem. */
    public record Defect(String name, Path file, String expectedError) {
    }

    private WeightDefects() {
    }

    /**
     * @param source a valid safetensors file holding {@code tensor} (F32, 2-d) and {@code small} (F32, 1-d)
     */
    public static List<Defect> of(Path source, Path dir, String tensor, String small) {
        byte[] original = read(source);
        long headerLength = ByteBuffer.wrap(original, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        int dataStart = Math.toIntExact(8 + headerLength);
        return List.of(
                new Defect("truncated", write(dir, "truncated", Arrays.copyOf(original, original.length - 1000)),
                        "run past the end of the data"),
                new Defect("huge-header", write(dir, "huge-header", withLength(original, 1L << 31)),
                        "corrupt header: it claims 2147483648 bytes"),
                new Defect("not-json", write(dir, "not-json", garbled(original)), "corrupt header: not valid JSON"),
                new Defect("missing-tensor", edit(dir, "missing-tensor", original, dataStart, h -> h.remove(small)),
                        "missing tensor '" + small + "'"),
                new Defect("wrong-shape", edit(dir, "wrong-shape", original, dataStart, h -> reshape(h, tensor)),
                        "tensor '" + tensor + "' has shape"),
                new Defect("wrong-dtype", edit(dir, "wrong-dtype", original, dataStart,
                        h -> ((ObjectNode) h.get(small)).put("dtype", "I32")),
                        "tensor '" + small + "' has dtype I32; weights must be F32, F16 or BF16"),
                new Defect("unexpected-tensor", edit(dir, "unexpected-tensor", original, dataStart,
                        h -> extra(h, original.length - dataStart)), "unexpected tensor(s) 'extra.weight'"),
                new Defect("overlapping", edit(dir, "overlapping", original, dataStart, h -> overlap(h, tensor, small)),
                        "overlaps tensor"),
                new Defect("nan-weight", write(dir, "nan-weight", withNaN(original, dataStart, small)),
                        "tensor '" + small + "' holds NaN at element 0; weights must be finite"));
    }

    private static byte[] withLength(byte[] original, long length) {
        byte[] copy = original.clone();
        ByteBuffer.wrap(copy, 0, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(length);
        return copy;
    }

    /** The first float of {@code tensor} (F32) replaced by NaN; header untouched. */
    private static byte[] withNaN(byte[] original, int dataStart, String tensor) {
        try {
            JsonNode header = JSON.readTree(new String(original, 8, dataStart - 8, StandardCharsets.UTF_8));
            int begin = dataStart + header.get(tensor).get("data_offsets").get(0).asInt();
            byte[] copy = original.clone();
            ByteBuffer.wrap(copy, begin, 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(Float.NaN);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] garbled(byte[] original) {
        byte[] copy = original.clone();
        copy[8] = '#';
        return copy;
    }

    /** The same data under an edited header (re-padded to 8 bytes). */
    private static Path edit(Path dir, String name, byte[] original, int dataStart, Consumer<ObjectNode> change) {
        try {
            ObjectNode header = (ObjectNode) JSON.readTree(new String(original, 8, dataStart - 8, StandardCharsets.UTF_8));
            change.accept(header);
            byte[] json = JSON.writeValueAsBytes(header);
            int padded = (json.length + 7) / 8 * 8;
            ByteBuffer out = ByteBuffer.allocate(8 + padded + original.length - dataStart).order(ByteOrder.LITTLE_ENDIAN);
            out.putLong(padded).put(json).put(" ".repeat(padded - json.length).getBytes(StandardCharsets.US_ASCII));
            out.put(original, dataStart, original.length - dataStart);
            return write(dir, name, out.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** [a, b] stored as [a/2, 2b]: the same bytes, another shape. */
    private static void reshape(ObjectNode header, String tensor) {
        ArrayNode shape = (ArrayNode) header.get(tensor).get("shape");
        long a = shape.get(0).asLong();
        long b = shape.get(1).asLong();
        shape.removeAll().add(a / 2).add(b * 2);
    }

    private static void extra(ObjectNode header, long dataBytes) {
        ObjectNode entry = header.putObject("extra.weight");
        entry.put("dtype", "F32");
        entry.putArray("shape").add(0);
        entry.putArray("data_offsets").add(dataBytes).add(dataBytes);
    }

    /** {@code small} moved onto the first bytes of {@code tensor}. */
    private static void overlap(ObjectNode header, String tensor, String small) {
        long begin = header.get(tensor).get("data_offsets").get(0).asLong();
        long bytes = header.get(small).get("data_offsets").get(1).asLong() - header.get(small).get("data_offsets").get(0).asLong();
        ((ArrayNode) header.get(small).get("data_offsets")).removeAll().add(begin).add(begin + bytes);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name + ".safetensors"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

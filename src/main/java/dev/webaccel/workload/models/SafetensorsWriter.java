package dev.webaccel.workload.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a safetensors file as Hugging Face does: the header padded with spaces to a multiple of 8 bytes, tensors
 * stored back to back in the order added. Float tensors are stored as F32, F16 or BF16 (rounded to nearest even).
 */
public final class SafetensorsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(String name, SafetensorsDtype dtype, long[] shape, float[] values) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public SafetensorsWriter add(String name, SafetensorsDtype dtype, long[] shape, float[] values) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("tensor " + name + ": shape needs " + n + " values, got " + values.length);
        }
        if (dtype != SafetensorsDtype.F32 && dtype != SafetensorsDtype.F16 && dtype != SafetensorsDtype.BF16) {
            throw new IllegalArgumentException("tensor " + name + ": the writer stores floats as F32, F16 or BF16");
        }
        entries.add(new Entry(name, dtype, shape.clone(), values));
        return this;
    }

    public Path write(Path file) {
        Map<String, Object> header = new LinkedHashMap<>();
        long offset = 0;
        for (Entry e : entries) {
            long bytes = (long) e.values.length * e.dtype.bytes();
            header.put(e.name, Map.of("dtype", e.dtype.name(), "shape", e.shape, "data_offsets",
                    new long[] {offset, offset + bytes}));
            offset += bytes;
        }
        try {
            byte[] json = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
            int padded = (json.length + 7) / 8 * 8;
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).array());
                out.write(json);
                out.write(" ".repeat(padded - json.length).getBytes(StandardCharsets.US_ASCII));
                for (Entry e : entries) {
                    out.write(encode(e));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static byte[] encode(Entry e) {
        ByteBuffer b = ByteBuffer.allocate(e.values.length * e.dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : e.values) {
            switch (e.dtype) {
                case F32 -> b.putFloat(v);
                case F16 -> b.putShort(HalfFloats.f32ToF16(v));
                default -> b.putShort(bfloat16(v));
            }
        }
        return b.array();
    }

    /** Round to nearest even on the 16 bits dropped; NaN stays NaN. */
    static short bfloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
    }
}

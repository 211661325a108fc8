package dev.webaccel.workload.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a safetensors file as Hugging Face does: the header padded with spaces to a multiple of 8 bytes, tensors
 * stored back to back in the order added. Float tensors are stored as F32, F16 or BF16 (rounded to nearest even).
 * {@link #stream} writes tensor by tensor, asking for each one's values only when it is its turn, so a file of
 * hundreds of megabytes never sits in memory whole.
 */
public final class SafetensorsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK_BYTES = 1 << 20;

    /** One tensor of a file to write: its name, stored type and shape ([] for a scalar). */
    public record TensorSpec(String name, SafetensorsDtype dtype, long[] shape) {
        public TensorSpec {
            shape = shape.clone();
            if (dtype != SafetensorsDtype.F32 && dtype != SafetensorsDtype.F16 && dtype != SafetensorsDtype.BF16) {
                throw new IllegalArgumentException("tensor " + name + ": the writer stores floats as F32, F16 or BF16");
            }
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        public long elements() {
            long n = 1;
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }

        public long bytes() {
            return elements() * dtype.bytes();
        }
    }

    private final List<TensorSpec> specs = new ArrayList<>();
    private final Map<String, float[]> values = new LinkedHashMap<>();

    public SafetensorsWriter add(String name, SafetensorsDtype dtype, long[] shape, float[] tensorValues) {
        TensorSpec spec = new TensorSpec(name, dtype, shape);
        if (spec.elements() != tensorValues.length) {
            throw new IllegalArgumentException("tensor " + name + ": shape needs " + spec.elements() + " values, got "
                    + tensorValues.length);
        }
        specs.add(spec);
        values.put(name, tensorValues);
        return this;
    }

    public Path write(Path file) {
        return stream(file, specs, spec -> values.get(spec.name()));
    }

    /** The size of the file {@link #stream} writes for these tensors. */
    public static long fileSize(List<TensorSpec> tensors) {
        long data = tensors.stream().mapToLong(TensorSpec::bytes).sum();
        return 8 + header(tensors).length + data;
    }

    /**
     * Writes the header for {@code tensors}, then each tensor's values from {@code source}, one at a time, into a
     * temporary file that replaces {@code file} only when complete (an interrupted write leaves no valid-looking file).
     */
    public static Path stream(Path file, List<TensorSpec> tensors, Function<TensorSpec, float[]> source) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] header = header(tensors);
                writeFully(out, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, header.length));
                writeFully(out, ByteBuffer.wrap(header));
                for (TensorSpec spec : tensors) {
                    float[] v = source.apply(spec);
                    if (v == null || v.length != spec.elements()) {
                        throw new IllegalArgumentException("tensor " + spec.name() + ": shape needs " + spec.elements()
                                + " values, the source gave " + (v == null ? "none" : v.length));
                    }
                    encode(out, spec.dtype(), v);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The JSON header padded with spaces to a multiple of 8 bytes (without the 8-byte length before it). */
    private static byte[] header(List<TensorSpec> tensors) {
        Map<String, Object> header = new LinkedHashMap<>();
        long offset = 0;
        for (TensorSpec t : tensors) {
            header.put(t.name(), Map.of("dtype", t.dtype().name(), "shape", t.shape(), "data_offsets",
                    new long[] {offset, offset + t.bytes()}));
            offset += t.bytes();
        }
        try {
            byte[] json = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
            int padded = (json.length + 7) / 8 * 8;
            byte[] out = new byte[padded];
            System.arraycopy(json, 0, out, 0, json.length);
            java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a safetensors header", e);
        }
    }

    private static void encode(FileChannel out, SafetensorsDtype dtype, float[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            if (b.remaining() < 4) {
                writeFully(out, b.flip());
                b.clear();
            }
            switch (dtype) {
                case F32 -> b.putFloat(x);
                case F16 -> b.putShort(HalfFloats.f32ToF16(x));
                default -> b.putShort(bfloat16(x));
            }
        }
        writeFully(out, b.flip());
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
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

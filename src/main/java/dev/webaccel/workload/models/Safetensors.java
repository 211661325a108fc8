package dev.webaccel.workload.models;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A safetensors file: 8-byte little-endian header length N, N bytes of JSON header, then the data section.
 * The header is read and validated when the file is opened; tensors are read on demand.
 */
public final class Safetensors {
    public static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

    private final Path path;
    private final String file;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;
    private final Map<String, String> metadata;

    private Safetensors(Path path, long dataStart, SafetensorsHeader.Parsed header) {
        this.path = path;
        this.file = path.getFileName().toString();
        this.dataStart = dataStart;
        Map<String, TensorInfo> byName = new LinkedHashMap<>();
        header.tensors().forEach(t -> byName.put(t.name(), t));
        this.tensors = byName;
        this.metadata = header.metadata();
    }

    public static Safetensors open(Path path) {
        String file = path.getFileName().toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new SafetensorsException(file + ": file is " + size + " bytes, shorter than the 8-byte header length");
            }
            long headerBytes = readFully(channel, 0, 8).getLong();
            if (headerBytes < 0 || headerBytes > MAX_HEADER_BYTES) {
                throw new SafetensorsException(file + ": header length " + Long.toUnsignedString(headerBytes)
                        + " exceeds the limit of " + MAX_HEADER_BYTES + " bytes");
            }
            if (headerBytes > size - 8) {
                throw new SafetensorsException(file + ": header length " + headerBytes + " is past the end of the file ("
                        + size + " bytes)");
            }
            String json = StandardCharsets.UTF_8.decode(readFully(channel, 8, (int) headerBytes)).toString();
            long dataStart = 8 + headerBytes;
            return new Safetensors(path, dataStart, SafetensorsHeader.parse(file, json, size - dataStart));
        } catch (IOException e) {
            throw new SafetensorsException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public List<TensorInfo> tensors() {
        return List.copyOf(tensors.values());
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public TensorInfo info(String name) {
        TensorInfo info = tensors.get(name);
        if (info == null) {
            throw new SafetensorsException(file + ": no tensor '" + name + "'");
        }
        return info;
    }

    /** The tensor as f32; F16 and BF16 are widened, F64 rounded. */
    public float[] readF32(String name) {
        TensorInfo info = info(name);
        ByteBuffer data = read(info);
        float[] out = new float[(int) info.elements()];
        switch (info.dtype()) {
            case F32 -> data.asFloatBuffer().get(out);
            case F64 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) data.getDouble();
                }
            }
            case F16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = HalfFloats.f16ToF32(data.getShort());
                }
            }
            case BF16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.intBitsToFloat((data.getShort() & 0xffff) << 16);
                }
            }
            default -> throw new SafetensorsException(file + ": tensor '" + name + "' is " + info.dtype()
                    + ", not a float type (F32, F16, BF16, F64)");
        }
        return out;
    }

    /** The tensor as i64; I32 is widened. */
    public long[] readI64(String name) {
        TensorInfo info = info(name);
        ByteBuffer data = read(info);
        long[] out = new long[(int) info.elements()];
        switch (info.dtype()) {
            case I64 -> data.asLongBuffer().get(out);
            case I32 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = data.getInt();
                }
            }
            default -> throw new SafetensorsException(file + ": tensor '" + name + "' is " + info.dtype()
                    + ", not an integer type (I64, I32)");
        }
        return out;
    }

    /** Every float tensor of the file as f32, keyed by name. */
    public Map<String, float[]> readAllF32() {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String name : tensors.keySet()) {
            out.put(name, readF32(name));
        }
        return out;
    }

    private ByteBuffer read(TensorInfo info) {
        long bytes = info.end() - info.begin();
        if (info.elements() > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE) {
            throw new SafetensorsException(file + ": tensor '" + info.name() + "' has " + info.elements()
                    + " elements, more than one Java array holds");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return readFully(channel, dataStart + info.begin(), (int) bytes);
        } catch (IOException e) {
            throw new SafetensorsException(file + ": tensor '" + info.name() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("file ended at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}

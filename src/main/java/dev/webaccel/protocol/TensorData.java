package dev.webaccel.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** A float32 tensor as it travels: base64 of little-endian float32, with its shape. */
public record TensorData(String dtype, List<Integer> shape, String encoding, String data) {
    public static final String BASE64_F32LE = "base64-f32le";

    public TensorData {
        Require.present(shape, "output.shape");
        shape = List.copyOf(shape);
        if (!"f32".equals(dtype)) {
            throw new IllegalArgumentException("field 'output.dtype' must be f32, was '" + dtype + "'");
        }
        if (!BASE64_F32LE.equals(encoding)) {
            throw new IllegalArgumentException("field 'output.encoding' must be " + BASE64_F32LE + ", was '" + encoding + "'");
        }
        Require.present(data, "output.data");
    }

    public static TensorData of(float[] values, int... shape) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return new TensorData("f32", Arrays.stream(shape).boxed().toList(), BASE64_F32LE,
                Base64.getEncoder().encodeToString(buffer.array()));
    }

    public int elementCount() {
        return shape.stream().reduce(1, Math::multiplyExact);
    }

    /** Decodes the values; fails when the byte count does not match the shape. */
    public float[] values() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("output.data is not valid base64: " + e.getMessage());
        }
        if (bytes.length != elementCount() * 4L) {
            throw new ProtocolException("output.data has " + bytes.length + " bytes but shape " + shape
                    + " needs " + elementCount() * 4L);
        }
        float[] out = new float[elementCount()];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}

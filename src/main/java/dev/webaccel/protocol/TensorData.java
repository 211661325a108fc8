package dev.webaccel.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A float32 tensor as it travels: base64 of little-endian float32, with its shape. Checked when it arrives (shape,
 * base64 alphabet and padding, byte count against the shape), so a bad tensor is refused with its message and never
 * fails a run later.
 */
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
        long elements = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("field 'output.shape' has a negative dimension: " + shape);
            }
            elements *= dim;
            if (elements > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("field 'output.shape' " + shape + " is too large for one tensor");
            }
        }
        long bytes = base64Bytes(data);
        if (bytes != elements * 4) {
            throw new IllegalArgumentException("output.data has " + bytes + " bytes but shape " + shape
                    + " needs " + elements * 4);
        }
    }

    /** The decoded length of standard padded base64, or an error naming the first bad character. */
    private static long base64Bytes(String data) {
        int length = data.length();
        if (length % 4 != 0) {
            throw new IllegalArgumentException("output.data is not valid base64: length " + length + " is not a multiple of 4");
        }
        int padding = length == 0 ? 0 : data.charAt(length - 1) != '=' ? 0 : data.charAt(length - 2) == '=' ? 2 : 1;
        for (int i = 0; i < length - padding; i++) {
            char c = data.charAt(i);
            boolean valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!valid) {
                throw new IllegalArgumentException("output.data is not valid base64: character '"
                        + Printable.quote(String.valueOf(c)) + "' at " + i);
            }
        }
        return length / 4 * 3L - padding;
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

    /** Decodes the values (checked on arrival). */
    public float[] values() {
        byte[] bytes = Base64.getDecoder().decode(data);
        float[] out = new float[elementCount()];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}

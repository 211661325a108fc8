package dev.webaccel.workload;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * One input of a case. The values stay in Java and reach the page as a binary blob
 * ({@code /runs/<id>/blobs/<blob>}); the plan carries only the name, dtype, shape and blob name.
 */
public record InputTensor(String name, String dtype, List<Integer> shape, byte[] bytes) {
    public InputTensor {
        shape = List.copyOf(shape);
        if (!dtype.equals("f32") && !dtype.equals("u32")) {
            throw new IllegalArgumentException("input dtype must be f32 or u32, was " + dtype);
        }
        long expected = shape.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact) * 4;
        if (bytes.length != expected) {
            throw new IllegalArgumentException("input '" + name + "' has " + bytes.length + " bytes, shape " + shape
                    + " needs " + expected);
        }
    }

    public static InputTensor f32(String name, float[] values, Integer... shape) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return new InputTensor(name, "f32", List.of(shape), buffer.array());
    }

    public static InputTensor u32(String name, int[] values, Integer... shape) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(values);
        return new InputTensor(name, "u32", List.of(shape), buffer.array());
    }
}

package dev.webaccel.workload.models;

import java.util.List;

/**
 * One weight of a preset: its Hugging Face name, shape and how its seeded values are drawn.
 *
 * @param shape the shape as the library stores it ([] for a scalar such as CLIP's logit_scale)
 */
public record PresetTensor(String name, List<Integer> shape, Init init) {
    public PresetTensor {
        shape = List.copyOf(shape);
    }

    /** How the values are drawn (see {@link PresetWeights}). */
    public enum Init {
        /** Weight matrices, embeddings, convolution kernels, class tokens: N(0, 0.02), the library's init. */
        MATRIX,
        /** Linear and convolution biases: N(0, 0.02), not the library's zeros, so that a dropped bias shows. */
        BIAS,
        /** LayerNorm/RMSNorm scales and weight-norm magnitudes: 1 + N(0, 0.1), so that a wrong or missing scale shows. */
        SCALE,
        /** LayerNorm shifts: N(0, 0.02), so that a dropped shift shows. */
        SHIFT,
        /** CLIP's logit_scale: ln(1/0.07) = 2.6592, the library's logit_scale_init_value. */
        LOGIT_SCALE
    }

    public long elements() {
        return shape.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
    }

    public long[] longShape() {
        return shape.stream().mapToLong(Integer::longValue).toArray();
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.workload.InputTensor;

/** Model inputs as the graph's tensors: ids as integer-valued floats (exact below 2^24), masks as additive values. */
final class Inputs {
    /** What a masked key adds to its scores: exp() of it is 0 in f32, as with PyTorch's finfo.min. */
    static final float MASKED = -1e9f;

    private Inputs() {
    }

    static InputTensor ids(String name, int[] ids) {
        float[] values = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = ids[i];
        }
        return InputTensor.f32(name, values, ids.length);
    }

    /** 1 = attend, 0 = padding, as an additive mask over keys. */
    static InputTensor keyMask(String name, int[] mask) {
        float[] values = new float[mask.length];
        for (int i = 0; i < mask.length; i++) {
            values[i] = mask[i] == 0 ? MASKED : 0f;
        }
        return InputTensor.f32(name, values, mask.length);
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static void requireIds(ModelConfig c, String what, int[] ids, int vocab) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocab) {
                throw new ModelException(what + "[" + i + "] = " + ids[i] + " is outside the vocabulary [0, " + vocab
                        + ") of " + c.source());
            }
        }
    }

    static void requireLength(ModelConfig c, String what, int length, int max) {
        if (length > max) {
            throw new ModelException(length + " " + what + " exceed max_position_embeddings " + max + " of "
                    + c.source());
        }
    }
}

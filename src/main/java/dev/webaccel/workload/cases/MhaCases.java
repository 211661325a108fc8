package dev.webaccel.workload.cases;

import dev.webaccel.reference.MultiHeadAttention;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multi-head / grouped-query attention on Hugging Face's interleaved layout (op {@code mha}): q is (batch*lq) x
 * (heads*headDim), k and v (batch*lk) x (kvHeads*headDim), an optional additive key mask of batch*lk values.
 */
public final class MhaCases {
    /** HF's padding masks add a large finite negative value; WGSL does not promise IEEE infinities. */
    public static final float MASKED = -1e9f;
    /** torch.finfo(float32).min, what HF's extended masks hold: it swamps any score, in f32 and in double alike. */
    public static final float FINFO_MIN = -Float.MAX_VALUE;

    /** Which keys the additive key mask hides. */
    public enum KeyMask {
        /** no keyMask tensor */
        NONE,
        /** batch entry b has its last b*lk/3 keys masked with {@link #MASKED} (right padding) */
        PADDING,
        /** as PADDING, and every key of batch entry 0 masked with {@link #FINFO_MIN}: its rows average uniformly */
        ENTRY_FULLY_MASKED
    }

    private MhaCases() {
    }

    public static KernelCase of(int batch, int lq, int lk, int heads, int kvHeads, int headDim, boolean causal,
                                KeyMask keyMask, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] q = random.uniform(batch * lq * heads * headDim, -1f, 1f);
        float[] k = random.uniform(batch * lk * kvHeads * headDim, -1f, 1f);
        float[] v = random.uniform(batch * lk * kvHeads * headDim, -1f, 1f);
        float[] mask = mask(keyMask, batch, lk);
        float[] y = MultiHeadAttention.attend(q, k, v, batch, lq, lk, heads, kvHeads, headDim, causal, mask,
                1.0 / Math.sqrt(headDim));
        List<InputTensor> inputs = new ArrayList<>(List.of(InputTensor.f32("q", q, batch * lq, heads * headDim),
                InputTensor.f32("k", k, batch * lk, kvHeads * headDim),
                InputTensor.f32("v", v, batch * lk, kvHeads * headDim)));
        if (mask != null) {
            inputs.add(InputTensor.f32("keyMask", mask, batch, lk));
        }
        String id = "mha" + (causal ? "-causal" : "") + (keyMask == KeyMask.NONE ? "" : "-" + keyMask.name().toLowerCase())
                + "-b" + batch + "-q" + lq + "-k" + lk + "-h" + heads + "-kv" + kvHeads + "-d" + headDim;
        return new KernelCase(id.replace('_', '-'), "mha",
                Map.of("batch", batch, "lq", lq, "lk", lk, "heads", heads, "kvHeads", kvHeads, "headDim", headDim,
                        "causal", causal),
                new KernelSpec("mha.wgsl", "mha", Map.of()), inputs, List.of(batch * lq, heads * headDim), y,
                CaseMath.atLeastOne(y),
                new Tolerance(0, 1e-4, "convex combination of V rows; f32 scores, online-softmax rescaling and WGSL exp"
                        + " (3+2|x| ulp): 1e-4*max(1,|y|)"));
    }

    private static float[] mask(KeyMask keyMask, int batch, int lk) {
        if (keyMask == KeyMask.NONE) {
            return null;
        }
        float[] mask = new float[batch * lk];
        for (int b = 0; b < batch; b++) {
            int padded = Math.min(lk - 1, b * lk / 3);
            for (int j = lk - padded; j < lk; j++) {
                mask[b * lk + j] = MASKED;
            }
        }
        if (keyMask == KeyMask.ENTRY_FULLY_MASKED) {
            java.util.Arrays.fill(mask, 0, lk, FINFO_MIN);
        }
        return mask;
    }
}

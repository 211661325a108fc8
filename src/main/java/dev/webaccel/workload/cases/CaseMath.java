package dev.webaccel.workload.cases;

import dev.webaccel.workload.KernelCase;
import java.util.HashMap;
import java.util.Map;

/** Small helpers the case builders share: f32 unit roundoff, absolute values, error scales, repeats. */
public final class CaseMath {
    /** u = 2^-24, the unit roundoff of f32. */
    public static final double U = 0x1.0p-24;

    private CaseMath() {
    }

    public static float[] abs(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }

    /** max(1, |y|) per element: the scale of "relative, but absolute near zero" tolerances. */
    public static float[] atLeastOne(float[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.max(1f, Math.abs(y[i]));
        }
        return out;
    }

    public static float[] filled(int n, float value) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /**
     * The same case dispatched {@code repeat} times before its one readback (params.repeat, see
     * {@code ops/shared.js runPasses}); the id gets a {@code -rN} suffix. Used by benchmarks so one timed run
     * is long compared with the browser's completion tick.
     */
    public static KernelCase repeated(KernelCase c, int repeat) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be >= 1, was " + repeat);
        }
        Map<String, Object> params = new HashMap<>(c.params());
        params.put("repeat", repeat);
        return new KernelCase(c.id() + "-r" + repeat, c.op(), params, c.kernel(), c.inputs(), c.outputShape(),
                c.expected(), c.errorScale(), c.tolerance());
    }

    /** The repeat count a case carries (1 when it has none). */
    public static int repeatOf(KernelCase c) {
        Object r = c.params().get("repeat");
        return r == null ? 1 : ((Number) r).intValue();
    }
}

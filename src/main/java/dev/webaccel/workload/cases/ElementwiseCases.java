package dev.webaccel.workload.cases;

import dev.webaccel.reference.Elementwise;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * add, mul (one rounding each) and the activations: tanh-GELU, SiLU, exact (erf) GELU, QuickGELU, tanh and exp,
 * checked against {@link Elementwise}.
 */
public final class ElementwiseCases {
    private ElementwiseCases() {
    }

    /**
     * Inputs uniform in [-range, range); keep range <= 8 for gelu, silu, quick_gelu and gelu_erf (the tolerances'
     * reasoning assumes it); tanh takes any range; exp's tolerance grows with the range (keep it <= 80).
     */
    public static KernelCase of(String entry, int n, float range, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] a = random.uniform(n, -range, range);
        float[] b = random.uniform(n, -range, range);
        return of(entry, a, b, "");
    }

    /** A case on given values (used for deliberately bad inputs, e.g. NaN); label goes into the id. */
    public static KernelCase of(String entry, float[] a, float[] b, String label) {
        int n = a.length;
        List<InputTensor> inputs = new ArrayList<>();
        inputs.add(InputTensor.f32("a", a, n));
        float[] expected;
        float[] scale;
        Tolerance tolerance;
        switch (entry) {
            case "add", "mul" -> {
                inputs.add(InputTensor.f32("b", b, n));
                expected = entry.equals("add") ? Elementwise.add(a, b) : Elementwise.mul(a, b);
                scale = CaseMath.abs(expected);
                tolerance = new Tolerance(0, 2 * CaseMath.U, "one f32 rounding: 2*2^-24*|y|");
            }
            case "gelu", "silu" -> {
                expected = entry.equals("gelu") ? Elementwise.geluTanh(a) : Elementwise.silu(a);
                scale = CaseMath.atLeastOne(expected);
                tolerance = new Tolerance(0, 1e-5,
                        "WGSL exp/tanh accuracy (3 + 2|x| ULP, |x| <= 8): 1e-5*max(1,|y|)");
            }
            case "quick_gelu" -> {
                expected = Elementwise.quickGelu(a);
                scale = CaseMath.atLeastOne(expected);
                tolerance = new Tolerance(0, 1e-5,
                        "WGSL exp accuracy (3 + 2|1.702x| ULP, |x| <= 8), as silu: 1e-5*max(1,|y|)");
            }
            case "gelu_erf" -> {
                expected = Elementwise.geluErf(a);
                scale = CaseMath.atLeastOne(expected);
                tolerance = new Tolerance(0, 1e-6,
                        "erf series / erfcc fit: |erf error| <= 1.7e-7 in f32, i.e. 0.85e-7|x| + exp's ULPs, |x| <= 8: 1e-6*max(1,|y|)");
            }
            case "tanh" -> {
                expected = Elementwise.tanh(a);
                scale = CaseMath.filled(n, 1f);
                tolerance = new Tolerance(0, 1e-6,
                        "series below 0.5, 1 - 2/(exp(2|x|)+1) above (|error| <= exp's ULPs * 2/(e+1) ~ 2e-7): 1e-6");
            }
            case "exp" -> {
                expected = Elementwise.exp(a);
                scale = CaseMath.abs(expected);
                float range = maxAbs(a);
                tolerance = new Tolerance(0, (4 + 2 * range) * 0x1.0p-23,
                        "WGSL exp: 3 + 2|x| ULP, |x| <= " + range + ": (4 + 2*" + range + ")*2^-23*|y|");
            }
            default -> throw new IllegalArgumentException(
                    "elementwise entry must be add, mul, gelu, silu, quick_gelu, gelu_erf, tanh or exp: " + entry);
        }
        return new KernelCase("elementwise-" + entry + label + "-" + n, "elementwise", Map.of(),
                new KernelSpec("elementwise.wgsl", entry, Map.of()), inputs, List.of(n), expected, scale, tolerance);
    }

    private static float maxAbs(float[] x) {
        float m = 0;
        for (float v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}

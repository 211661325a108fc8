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

/** add, mul (one rounding each) and the tanh-GELU and SiLU activations, checked against {@link Elementwise}. */
public final class ElementwiseCases {
    private ElementwiseCases() {
    }

    /** Inputs uniform in [-range, range); keep range <= 8 for gelu and silu (the tolerance's reasoning assumes it). */
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
            default -> throw new IllegalArgumentException("elementwise entry must be add, mul, gelu or silu: " + entry);
        }
        return new KernelCase("elementwise-" + entry + label + "-" + n, "elementwise", Map.of(),
                new KernelSpec("elementwise.wgsl", entry, Map.of()), inputs, List.of(n), expected, scale, tolerance);
    }
}

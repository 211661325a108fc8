package dev.webaccel.workload.cases;

import dev.webaccel.reference.Softmax;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** Row softmax, inputs in [-10, 10) so every row's range R is <= 20 (the tolerance assumes it). */
public final class SoftmaxCases {
    private SoftmaxCases() {
    }

    public static KernelCase of(int rows, int cols, long seed) {
        float[] x = new SeededRandom(seed).uniform(rows * cols, -10f, 10f);
        float[] y = Softmax.rows(x, rows, cols);
        return new KernelCase("softmax-" + rows + "x" + cols, "softmax", Map.of("rows", rows, "cols", cols),
                new KernelSpec("softmax.wgsl", "softmax", Map.of()),
                List.of(InputTensor.f32("x", x, rows, cols)), List.of(rows, cols), y, CaseMath.abs(y),
                new Tolerance(1e-9, 1e-5, "exp at arguments down to -20 plus the row sum: 1e-5*|y| + 1e-9"));
    }
}

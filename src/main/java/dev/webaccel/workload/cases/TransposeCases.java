package dev.webaccel.workload.cases;

import dev.webaccel.reference.Transpose;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** Transpose of x [rows, cols] into [cols, rows] against {@link Transpose}: a copy, so bit for bit. */
public final class TransposeCases {
    private TransposeCases() {
    }

    public static KernelCase of(int rows, int cols, long seed) {
        float[] x = new SeededRandom(seed).uniform(rows * cols, -1f, 1f);
        float[] y = Transpose.apply(x, rows, cols);
        return new KernelCase("transpose-" + rows + "x" + cols, "transpose", Map.of("rows", rows, "cols", cols),
                new KernelSpec("transpose.wgsl", "transpose", Map.of()), List.of(InputTensor.f32("x", x, rows, cols)),
                List.of(cols, rows), y, CaseMath.filled(y.length, 0f), new Tolerance(0, 0, "a copy: exact"));
    }
}

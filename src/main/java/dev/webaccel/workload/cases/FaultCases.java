package dev.webaccel.workload.cases;

import dev.webaccel.protocol.Op;
import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import java.util.List;
import java.util.Map;

/**
 * Cases made to fail, for webaccel's own fault tests ({@code PageFaultsIT}, {@code SessionLifecycleIT}); never
 * measurements.
 */
public final class FaultCases {
    /** TEST ONLY: elementwise add's bindings, but every invocation loops 2^31 times (wgsl/). */
    public static final String LONG_LOOP_SHADER = "test_only_long_loop.wgsl";
    /**
     * Elements (one invocation each) of the long-loop case; the shader derives its loop bounds from it (n >> 11), and
     * needs that many invocations because llvmpipe cuts every loop at about 65535 passes.
     */
    static final int LONG_LOOP_ELEMENTS = 1 << 22;
    /**
     * Sides of the oversized case's intermediate: 23200^2 floats (2153 MB) are beyond every WebGPU device's default
     * maxStorageBufferBindingSize (128 MiB) and the 2 GiB WebAssembly memory of the page's builds.
     */
    public static final int OVERSIZED_SIDE = 23_200;

    private FaultCases() {
    }

    /** A quick case that finishes before the fault: what the fault must not throw away. */
    public static KernelCase beforeTheFault() {
        return ElementwiseCases.of("add", 64, 1f, 41).withId("before-the-fault");
    }

    /** A quick case for the plan's test-only hang ({@code Plan.withPageHangAt}): the page never runs it. */
    public static KernelCase pageHangsHere() {
        return ElementwiseCases.of("add", 64, 1f, 44).withId("page-hangs-here");
    }

    /** An elementwise add on {@link #LONG_LOOP_SHADER}: a WebGPU shader that keeps the device busy for minutes. */
    public static KernelCase gpuLongLoop() {
        KernelCase add = ElementwiseCases.of("add", LONG_LOOP_ELEMENTS, 1f, 42);
        return new KernelCase("gpu-long-loop", add.op(), add.params(), new KernelSpec(LONG_LOOP_SHADER, "add", Map.of()),
                add.inputs(), add.outputShape(), add.expected(), add.errorScale(), add.tolerance(), List.of(), null,
                List.of());
    }

    /**
     * A graph too large for the device: {@code outer = a b} ({@code side x side}, from a column and a row), then
     * {@code out = outer c} ({@code side x 1}). The intermediate cannot be allocated, so the page must fail the case
     * with its out-of-memory error. Should it ever run, its output is {@code a_i (b . c)}, which is what Java expects.
     */
    public static KernelCase oversized(int side) {
        SeededRandom random = new SeededRandom(43);
        float[] a = random.uniform(side, -1f, 1f);
        float[] b = random.uniform(side, -1f, 1f);
        float[] c = random.uniform(side, -1f, 1f);
        double dot = 0;
        double absDot = 0;
        for (int j = 0; j < side; j++) {
            dot += (double) b[j] * c[j];
            absDot += Math.abs((double) b[j] * c[j]);
        }
        float[] expected = new float[side];
        float[] scale = new float[side];
        for (int i = 0; i < side; i++) {
            expected[i] = (float) (a[i] * dot);
            scale[i] = (float) (Math.abs(a[i]) * absDot);
        }
        KernelSpec matmul = new KernelSpec("matmul.wgsl", "matmul_naive", Map.of());
        List<GraphNode> nodes = List.of(
                new GraphNode(Op.MATMUL, Map.of("M", side, "N", side, "K", 1), matmul, Map.of("a", "a", "b", "b"),
                        "outer", List.of(side, side)),
                new GraphNode(Op.MATMUL, Map.of("M", side, "N", 1, "K", side), matmul, Map.of("a", "outer", "b", "c"),
                        KernelCase.OUTPUT, List.of(side, 1)));
        List<InputTensor> inputs = List.of(InputTensor.f32("a", a, side, 1), InputTensor.f32("b", b, 1, side),
                InputTensor.f32("c", c, side, 1));
        return KernelCase.graph("oversized-" + side + "x" + side, nodes, inputs, expected, scale,
                MatMulCases.tolerance(side + 1));
    }
}

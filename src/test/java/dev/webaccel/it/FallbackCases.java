package dev.webaccel.it;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.cases.AttentionCases;
import dev.webaccel.workload.cases.ConcatCases;
import dev.webaccel.workload.cases.Conv1dCases;
import dev.webaccel.workload.cases.Conv2dPatchCases;
import dev.webaccel.workload.cases.ElementwiseCases;
import dev.webaccel.workload.cases.GatherCases;
import dev.webaccel.workload.cases.GroupNormCases;
import dev.webaccel.workload.cases.LayerNormCases;
import dev.webaccel.workload.cases.LinearCases;
import dev.webaccel.workload.cases.LogMelCases;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.cases.MhaCases;
import dev.webaccel.workload.cases.QMatMulCases;
import dev.webaccel.workload.cases.RmsNormCases;
import dev.webaccel.workload.cases.RopeCases;
import dev.webaccel.workload.cases.SoftmaxCases;
import dev.webaccel.workload.cases.TransposeCases;
import dev.webaccel.workload.cases.WeightNormCases;
import dev.webaccel.workload.models.GoldenLogMel;
import java.util.List;

/**
 * One small case per op (every op the WGSL side has), built by the shared case builders, so the same case runs
 * on WebGPU, WebNN or WebAssembly and is checked against the same Java reference and tolerance. Sizes are modest:
 * the fallback suites run in every engine of the default run on a 2-core machine.
 */
final class FallbackCases {
    private FallbackCases() {
    }

    /** Every op at least once, in a fixed order. */
    static List<KernelCase> everyOp() {
        return List.of(
                MatMulCases.of("matmul_tiled", 37, 53, 129, 11),
                qmatmul(3, 32, QuantScheme.ASYMMETRIC, 12),
                QMatMulCases.of(4, 100, QuantScheme.SYMMETRIC, 5, 24, 100, 13),
                ElementwiseCases.of("gelu", 5000, 8f, 14),
                ElementwiseCases.of("silu", 5000, 8f, 15),
                ElementwiseCases.of("add", 5000, 8f, 16),
                ElementwiseCases.of("mul", 5000, 8f, 17),
                softmax(18),
                layernorm(19),
                attention(20),
                conv1d(2, 21),
                Conv2dPatchCases.of(3, 64, 64, 16, 96, 22),
                logmel(),
                LinearCases.of(37, 129, 53, true, 24),
                LinearCases.of(1, 385, 67, false, 25),
                GatherCases.of(9, 65, 40, 26),
                ConcatCases.of(27, 3, 1000, 77),
                RmsNormCases.rmsnorm(12, 387, 1e-6, 28),
                RmsNormCases.l2norm(3, 512, 0, 29),
                ElementwiseCases.of("gelu_erf", 5003, 8f, 30),
                ElementwiseCases.of("quick_gelu", 5003, 8f, 31),
                ElementwiseCases.of("tanh", 5003, 100f, 32),
                ElementwiseCases.of("exp", 5003, 8f, 33),
                MhaCases.of(2, 19, 45, 8, 2, 64, true, MhaCases.KeyMask.PADDING, 24),
                MhaCases.of(2, 5, 40, 3, 1, 6, false, MhaCases.KeyMask.ENTRY_FULLY_MASKED, 25),
                RopeCases.of(2, 100, 4, 64, 10000, 26),
                RopeCases.of(1, 3, 3, 6, 500000, 27),
                GoldenLogMel.of("fft"),
                Conv1dCases.of(new Conv1d.Shape(1, 803, 16, 10, 5, 0, 1, 0), false, false, 40),
                Conv1dCases.of(new Conv1d.Shape(32, 161, 32, 3, 2, 0, 1, 0), false, false, 41),
                Conv1dCases.of(new Conv1d.Shape(32, 5, 16, 2, 2, 0, 1, 0), false, false, 42),
                Conv1dCases.of(new Conv1d.Shape(64, 49, 64, 128, 1, 64, 16, 1), true, true, 43),
                Conv1dCases.of(new Conv1d.Shape(5, 1, 5, 7, 1, 3, 5, 0), true, false, 44),
                GroupNormCases.of(64, 801, 64, 0f, 45),
                GroupNormCases.of(2, 20_001, 2, 100f, 46),
                GroupNormCases.of(6, 1, 3, 0f, 47),
                TransposeCases.of(512, 49, 48),
                TransposeCases.of(1, 7, 49),
                WeightNormCases.of(64 * 4, 128, 1, 50),
                WeightNormCases.of(3, 5, 7, 51));
    }

    static KernelCase qmatmul(int bits, int groupSize, QuantScheme scheme, long seed) {
        return QMatMulCases.of(bits, groupSize, scheme, 5, 24, 100, seed);
    }

    static KernelCase softmax(long seed) {
        return SoftmaxCases.of(16, 300, seed);
    }

    static KernelCase layernorm(long seed) {
        return LayerNormCases.of(12, 384, 100f, seed);
    }

    static KernelCase attention(long seed) {
        return AttentionCases.of(2, 5, 300, 64, 64, true, seed);
    }

    static KernelCase conv1d(int stride, long seed) {
        return Conv1dCases.stem(80, 300, 64, stride, seed);
    }

    static KernelCase logmel() {
        return LogMelCases.of("fft", 0.5, LogMelCases.DEFAULT_WORKGROUP, "chirp", 23);
    }
}

package dev.webaccel.workload.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import org.testng.annotations.Test;

/** The case builders produce consistent cases whose own expected output passes and a perturbed one fails. */
@Test(groups = "unit")
public class CaseBuildersTest {
    @Test
    public void logMelIdsAndShapes() {
        KernelCase c = LogMelCases.of("fft", 1, 256, "sweep", 1);
        assertThat(c.id()).isEqualTo("logmel-fft-1s-sweep");
        assertThat(c.outputShape()).containsExactly(80, 100);
        assertThat(LogMelCases.of("dft", 0.5, 128, "noise", 1).id()).isEqualTo("logmel-dft-0p5s-noise-wg128");
        KernelCase silence = LogMelCases.of("fft", 1, 256, "silence", 1);
        for (float v : silence.expected()) {
            assertThat(v).isEqualTo(-1.5f);
        }
    }

    @Test
    public void expectedPassesAndAWrongElementFails() {
        KernelCase[] cases = {
            MatMulCases.of("matmul_tiled", 7, 5, 33, 1),
            QMatMulCases.of(3, 32, QuantScheme.ASYMMETRIC, 2, 9, 100, 2),
            QMatMulCases.mixedPrecision("feed_forward", "chrome", 2, 8, 64, 3),
            ElementwiseCases.of("gelu", 100, 8f, 4),
            SoftmaxCases.of(3, 17, 5),
            LayerNormCases.of(3, 17, 100f, 6),
            AttentionCases.of(1, 3, 10, 8, 8, true, 7),
            MhaCases.of(2, 3, 10, 4, 2, 6, true, MhaCases.KeyMask.ENTRY_FULLY_MASKED, 12),
            RopeCases.of(2, 4, 2, 6, 10000, 13),
            Conv1dCases.stem(4, 20, 6, 2, 8),
            Conv2dPatchCases.of(3, 8, 8, 4, 5, 9),
            RooflineProbeCases.fma(16, 100, 10),
            RooflineProbeCases.copy(16, 11),
            LinearCases.of(3, 13, 6, true, 12),
            LinearCases.of(1, 1, 1, false, 13),
            GatherCases.of(5, 7, 11, 14),
            ConcatCases.of(15, 1, 1000, 77),
            RmsNormCases.rmsnorm(3, 17, 1e-6, 16),
            RmsNormCases.l2norm(2, 9, 0, 17),
            ElementwiseCases.of("gelu_erf", 100, 8f, 18),
            ElementwiseCases.of("quick_gelu", 100, 8f, 19),
            ElementwiseCases.of("tanh", 100, 100f, 20),
            ElementwiseCases.of("exp", 100, 8f, 21),
            Conv1dCases.of(new Conv1d.Shape(1, 53, 4, 10, 5, 0, 1, 0), false, false, 22),
            Conv1dCases.of(new Conv1d.Shape(8, 9, 8, 4, 1, 2, 4, 1), true, true, 23),
            GroupNormCases.of(6, 11, 3, 10f, 24),
            GroupNormCases.of(4, 1, 4, 0f, 25),
            TransposeCases.of(5, 3, 26),
            WeightNormCases.of(6, 4, 1, 27),
            WeightNormCases.of(2, 3, 5, 28),
        };
        for (KernelCase c : cases) {
            assertThat(OutputCheck.compare(c, c.expected()).passed()).as(c.id()).isTrue();
            float[] wrong = c.expected().clone();
            wrong[wrong.length / 2] += 0.5f + Math.abs(wrong[wrong.length / 2]);
            OutputCheck check = OutputCheck.compare(c, wrong);
            assertThat(check.passed()).as(c.id() + " with one wrong value").isFalse();
            assertThat(check.worstIndex()).isEqualTo(wrong.length / 2);
        }
    }

    @Test
    public void transformerOpIdsParamsAndCosts() {
        KernelCase linear = LinearCases.of(2, 3, 4, true, 1);
        assertThat(linear.id()).isEqualTo("linear-2x3-to-4-bias");
        assertThat(linear.params()).containsEntry("rows", 2).containsEntry("in", 3).containsEntry("out", 4);
        assertThat(linear.inputs()).extracting(i -> i.name()).containsExactly("x", "w", "bias");
        assertThat(linear.inputs().get(1).shape()).as("w in PyTorch's [out, in] layout").containsExactly(4, 3);
        assertThat(dev.webaccel.measure.WorkCost.of(linear).flops()).isEqualTo(2 * 4 * (2 * 3 + 1));
        assertThat(LinearCases.of(2, 3, 4, false, 1).inputs()).hasSize(2);
        KernelCase gather = GatherCases.of(4, 3, 10, 2);
        assertThat(gather.inputs().get(1).name()).isEqualTo("ids");
        assertThat(gather.inputs().get(1).dtype()).isEqualTo("f32");
        assertThat(dev.webaccel.measure.WorkCost.of(gather).bytes()).as("ids, looked-up rows, output")
                .isEqualTo(4.0 * 4 * (1 + 2 * 3));
        KernelCase concat = ConcatCases.of(3, 2, 5);
        assertThat(concat.id()).isEqualTo("concat-2_5");
        assertThat(concat.params()).containsEntry("parts", 2);
        assertThat(concat.outputShape()).containsExactly(7);
        assertThat(RmsNormCases.l2norm(2, 9, 0, 4).kernel().entry()).isEqualTo("l2norm");
    }

    @Test
    public void audioOpIdsParamsAndCosts() {
        KernelCase pos = Conv1dCases.of(new Conv1d.Shape(64, 49, 64, 128, 1, 64, 16, 1), true, true, 1);
        assertThat(pos.id()).isEqualTo("conv1d-k128-s1-p64-g16-t1-64x49-to-64-gelu");
        assertThat(pos.outputShape()).as("50 frames, the last trimmed").containsExactly(64, 49);
        assertThat(pos.inputs().get(1).shape()).as("w in PyTorch's [cout, cin/groups, kernel] layout").containsExactly(64, 4, 128);
        assertThat(dev.webaccel.measure.WorkCost.of(pos).flops()).isEqualTo(2.0 * 64 * 49 * 4 * 128);
        KernelCase feature = Conv1dCases.of(new Conv1d.Shape(1, 400, 8, 10, 5, 0, 1, 0), false, false, 2);
        assertThat(feature.inputs()).extracting(i -> i.name()).containsExactly("x", "w");
        assertThat(feature.outputShape()).containsExactly(8, 79);
        assertThat(Conv1dCases.stem(4, 20, 6, 2, 8).id()).isEqualTo("conv1d-s2-4x20-to-6");
        assertThat(TransposeCases.of(2, 3, 1).outputShape()).containsExactly(3, 2);
        assertThat(GroupNormCases.of(4, 5, 2, 0f, 1).params()).containsEntry("groups", 2).containsEntry("eps", 1e-5);
        assertThat(dev.webaccel.measure.WorkCost.of(WeightNormCases.of(3, 4, 5, 1)).flops()).isEqualTo(4.0 * 60);
    }

    @Test
    public void mixedPrecisionPicksTheLayerBits() {
        assertThat(QMatMulCases.mixedPrecision("attention", "chrome", 1, 4, 16, 1).params()).containsEntry("bits", 8);
        assertThat(QMatMulCases.mixedPrecision("feed_forward", "chrome", 1, 4, 16, 1).id()).startsWith("qmatmul-feed_forward-b2-ch-asym");
        assertThat(QMatMulCases.mixedPrecision("other", "chrome", 1, 4, 16, 1).params()).containsEntry("bits", 4);
    }
}

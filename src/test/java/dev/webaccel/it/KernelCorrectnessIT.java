package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.Op;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.RunLabels;
import dev.webaccel.report.TextTable;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
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
import dev.webaccel.workload.cases.MhaCases.KeyMask;
import dev.webaccel.workload.cases.QMatMulCases;
import dev.webaccel.workload.cases.RmsNormCases;
import dev.webaccel.workload.cases.RopeCases;
import dev.webaccel.workload.cases.SoftmaxCases;
import dev.webaccel.workload.cases.TransposeCases;
import dev.webaccel.workload.cases.WeightNormCases;
import dev.webaccel.workload.models.GoldenLogMel;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.testng.Steps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.testng.SkipException;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Every kernel family against its Java reference in one engine. Where the page has no WebGPU, each case must be
 * reported not-run with the reason (or have run on a WASM fallback and match). One untimed run per case
 * (warm-up 0, 1 iteration): this is a correctness test; performance lives in {@link KernelBenchmarkIT}.
 */
@Test(groups = "browser")
public class KernelCorrectnessIT extends BrowserTestBase {
    private RunResult run;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public KernelCorrectnessIT(Browser browser) {
        super(browser);
    }


    static List<KernelCase> cases() {
        List<KernelCase> cases = new ArrayList<>();
        cases.add(MatMulCases.of("matmul_naive", 64, 48, 80, 1));
        cases.add(MatMulCases.of("matmul_tiled", 257, 129, 300, 2));
        cases.add(MatMulCases.of("matmul_tiled", 1, 384, 384, 3));
        cases.add(MatMulCases.of("matmul_naive", 384, 1, 384, 4));
        cases.add(MatMulCases.of("matmul_tiled", 384, 1, 384, 4));
        cases.add(MatMulCases.of("matmul_tiled", 33, 17, 4096, 5));
        cases.add(MatMulCases.of(new KernelSpec("matmul.wgsl", "matmul_tiled", Map.of("WG_X", 8, "WG_Y", 8, "TILE_K", 8)),
                100, 70, 50, 6));
        long seed = 10;
        for (int bits : new int[] {8, 4, 3, 2}) {
            for (int group : new int[] {QMatMulCases.PER_CHANNEL, 32}) {
                for (QuantScheme scheme : QuantScheme.values()) {
                    cases.add(QMatMulCases.of(bits, group, scheme, 3, 40, 100, seed++));
                }
            }
        }
        for (String layer : new String[] {"attention", "feed_forward", "default"}) {
            cases.add(QMatMulCases.mixedPrecision(layer, "chrome", 2, 64, 128, seed++));
        }
        for (String entry : new String[] {"add", "mul", "gelu", "silu"}) {
            cases.add(ElementwiseCases.of(entry, 10_000, 8f, seed++));
        }
        cases.add(ElementwiseCases.of("add", 1, 8f, seed++));
        cases.add(SoftmaxCases.of(64, 1000, seed++));
        cases.add(SoftmaxCases.of(1, 5, seed++));
        cases.add(SoftmaxCases.of(7, 1, seed++));
        cases.add(LayerNormCases.of(64, 768, 100f, seed++));
        cases.add(LayerNormCases.of(1, 7, 0f, seed++));
        cases.add(AttentionCases.of(2, 5, 1500, 64, 64, false, seed++));
        cases.add(AttentionCases.of(2, 5, 1500, 64, 64, true, seed++));
        cases.add(AttentionCases.of(1, 7, 33, 16, 24, true, seed++));
        cases.add(Conv1dCases.stem(80, 300, 64, 1, seed++));
        cases.add(Conv1dCases.stem(64, 300, 64, 2, seed++));
        cases.add(Conv2dPatchCases.of(3, 64, 64, 16, 96, seed++));
        cases.add(Conv2dPatchCases.of(3, 224, 224, 16, 192, seed++));
        cases.add(LogMelCases.of("fft", 1, 256, "sweep", seed++));
        cases.add(LogMelCases.of("fft", 1, 64, "silence", seed++));
        cases.add(LogMelCases.of("fft", 5, 128, "noise", seed++));
        cases.add(LogMelCases.of("fft", 30, 256, "chirp", seed++));
        cases.add(LogMelCases.of("dft", 1, 256, "sine", seed++));
        cases.add(LogMelCases.of("dft", 5, 256, "sweep", seed++));
        cases.add(GoldenLogMel.of("fft"));
        cases.addAll(mhaCases(seed++));
        cases.addAll(ropeCases(seed++));
        cases.addAll(transformerOps(seed));
        cases.addAll(audioOps(seed + 100));
        return cases;
    }

    /**
     * wav2vec2's feature encoder and positional conv (conv1d with groups, no bias, kernels 10/3/2/128, strides 5/2,
     * trim), groupnorm over long sequences, transpose and weightnorm, at sizes off every tile (1 frame, 1 row).
     */
    static List<KernelCase> audioOps(long seed) {
        List<KernelCase> cases = new ArrayList<>();
        cases.add(Conv1dCases.of(new Conv1d.Shape(1, 3203, 64, 10, 5, 0, 1, 0), false, false, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(96, 640, 80, 3, 2, 0, 1, 0), false, false, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(70, 5, 33, 2, 2, 0, 1, 0), false, false, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(64, 49, 64, 128, 1, 64, 16, 1), true, true, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(96, 130, 96, 128, 1, 64, 16, 1), true, true, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(9, 37, 6, 5, 3, 2, 3, 0), true, false, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(5, 1, 5, 7, 1, 3, 5, 0), true, false, seed++));
        cases.add(Conv1dCases.of(new Conv1d.Shape(512, 199, 512, 3, 2, 0, 1, 0), false, false, seed++));
        cases.add(GroupNormCases.of(512, 639, 512, 0f, seed++));
        cases.add(GroupNormCases.of(4, 96_001, 4, 100f, seed++));
        cases.add(GroupNormCases.of(6, 1, 3, 0f, seed++));
        cases.add(GroupNormCases.of(32, 301, 1, 10f, seed++));
        cases.add(TransposeCases.of(512, 49, seed++));
        cases.add(TransposeCases.of(49, 768, seed++));
        cases.add(TransposeCases.of(1, 7, seed++));
        cases.add(TransposeCases.of(33, 1, seed++));
        cases.add(TransposeCases.of(1000, 37, seed++));
        cases.add(WeightNormCases.of(64 * 4, 128, 1, seed++));
        cases.add(WeightNormCases.of(3, 5, 7, seed++));
        cases.add(WeightNormCases.of(1, 1, 1, seed++));
        cases.add(WeightNormCases.of(1, 6, 300, seed++));
        return cases;
    }

    /** linear, gather, concat, rmsnorm/l2norm and the newer activations, at sizes off every tile and SIMD width. */
    static List<KernelCase> transformerOps(long seed) {
        List<KernelCase> cases = new ArrayList<>();
        cases.add(LinearCases.of(1, 384, 384, true, seed++));
        cases.add(LinearCases.of(257, 300, 129, true, seed++));
        cases.add(LinearCases.of(33, 4096, 17, false, seed++));
        cases.add(LinearCases.of(5, 7, 3, true, seed++));
        cases.add(LinearCases.of(1, 1, 1, false, seed++));
        cases.add(LinearCases.of(64, 768, 3072, true, seed++));
        cases.add(GatherCases.of(7, 384, 1000, seed++));
        cases.add(GatherCases.of(1, 1, 1, seed++));
        cases.add(GatherCases.of(300, 77, 50, seed++));
        cases.add(ConcatCases.of(seed++, 1, 1000, 77));
        cases.add(ConcatCases.of(seed++, 5));
        cases.add(ConcatCases.of(seed++, 768, 196 * 768 + 1, 3, 2, 1));
        cases.add(RmsNormCases.rmsnorm(64, 768, 1e-6, seed++));
        cases.add(RmsNormCases.rmsnorm(1, 7, 1e-5, seed++));
        cases.add(RmsNormCases.rmsnorm(3, 4096, 1e-5, seed++));
        cases.add(RmsNormCases.l2norm(5, 512, 0, seed++));
        cases.add(RmsNormCases.l2norm(1, 1, 0, seed++));
        for (String entry : new String[] {"gelu_erf", "quick_gelu", "tanh", "exp"}) {
            cases.add(ElementwiseCases.of(entry, 10_000, 8f, seed++));
        }
        cases.add(ElementwiseCases.of("tanh", 4099, 100f, seed++));
        cases.add(ElementwiseCases.of("gelu_erf", 1, 8f, seed++));
        cases.add(ElementwiseCases.of("exp", 4099, 80f, seed++));
        return cases;
    }

    /** BERT with padding, Whisper's 1500 keys, LLaMA GQA (causal, cached keys, decoding), odd and large head sizes. */
    static List<KernelCase> mhaCases(long seed) {
        return List.of(MhaCases.of(2, 128, 128, 12, 12, 64, false, KeyMask.PADDING, seed),
                MhaCases.of(1, 37, 1500, 2, 2, 64, false, KeyMask.NONE, seed + 1),
                MhaCases.of(1, 67, 67, 8, 2, 64, true, KeyMask.NONE, seed + 2),
                MhaCases.of(1, 33, 45, 4, 1, 128, true, KeyMask.PADDING, seed + 3),
                MhaCases.of(2, 1, 300, 32, 8, 64, true, KeyMask.NONE, seed + 4),
                MhaCases.of(3, 17, 29, 6, 3, 6, true, KeyMask.PADDING, seed + 5),
                MhaCases.of(2, 5, 40, 2, 1, 20, false, KeyMask.ENTRY_FULLY_MASKED, seed + 6),
                MhaCases.of(2, 40, 70, 2, 2, 8, true, KeyMask.ENTRY_FULLY_MASKED, seed + 9),
                MhaCases.of(3, 1, 1, 3, 3, 5, false, KeyMask.NONE, seed + 7),
                MhaCases.of(1, 3, 20, 2, 1, 256, false, KeyMask.NONE, seed + 8));
    }

    /** Positions up to 2047 (LLaMA's angle range where f32 sin/cos need their own reduction), odd sizes, one pair. */
    static List<KernelCase> ropeCases(long seed) {
        return List.of(RopeCases.of(1, 2048, 4, 64, 10000, seed), RopeCases.of(3, 33, 2, 128, 10000, seed + 1),
                RopeCases.of(2, 7, 3, 6, 500000, seed + 2), RopeCases.of(1, 1, 1, 2, 10000, seed + 3));
    }

    static List<KernelCase> f16Cases() {
        return List.of(MatMulCases.f16("matmul_naive", 64, 48, 80, 100), MatMulCases.f16("matmul_tiled", 257, 129, 300, 101),
                MatMulCases.f16("matmul_tiled", 1, 384, 384, 102));
    }

    @Override
    protected void prepare() {
        run = run(Plan.correctness(settings.backend(), cases()));
    }

    @Test
    public void matmul() {
        assertFamily(Op.MATMUL, run);
    }

    @Test
    public void qmatmul() {
        assertFamily(Op.QMATMUL, run);
    }

    @Test
    public void elementwise() {
        assertFamily(Op.ELEMENTWISE, run);
    }

    @Test
    public void linear() {
        assertFamily(Op.LINEAR, run);
    }

    @Test
    public void gather() {
        assertFamily(Op.GATHER, run);
    }

    @Test
    public void concat() {
        assertFamily(Op.CONCAT, run);
    }

    @Test
    public void rmsnorm() {
        assertFamily(Op.RMSNORM, run);
    }

    @Test
    public void softmax() {
        assertFamily(Op.SOFTMAX, run);
    }

    @Test
    public void layernorm() {
        assertFamily(Op.LAYERNORM, run);
    }

    @Test
    public void attention() {
        assertFamily(Op.ATTENTION, run);
    }

    @Test
    public void mha() {
        assertFamily(Op.MHA, run);
    }

    @Test
    public void rope() {
        assertFamily(Op.ROPE, run);
    }

    @Test
    public void conv1d() {
        assertFamily(Op.CONV1D, run);
    }

    @Test
    public void groupnorm() {
        assertFamily(Op.GROUPNORM, run);
    }

    @Test
    public void transpose() {
        assertFamily(Op.TRANSPOSE, run);
    }

    @Test
    public void weightnorm() {
        assertFamily(Op.WEIGHTNORM, run);
    }

    @Test
    public void conv2dPatch() {
        assertFamily(Op.CONV2D_PATCH, run);
    }

    @Test
    public void logmel() {
        assertFamily(Op.LOGMEL, run);
    }

    /** f16 storage only where the adapter offers shader-f16; elsewhere a skip with the reason, not a failure. */
    @Test
    public void matmulF16() {
        RunLabels.apply(run);
        if (!run.capabilities().webgpu().hasFeature("shader-f16")) {
            String reason = run.label() + ": adapter has no 'shader-f16' feature"
                    + (run.capabilities().webgpu().available() ? "" : " (no WebGPU: " + run.capabilities().webgpu().reason() + ")")
                    + "; f16 matmul not run";
            Steps.skipped("skipped: " + reason);
            throw new SkipException(reason);
        }
        RunResult f16 = run(Plan.correctness("webgpu", f16Cases()));
        assertFamily(Op.MATMUL, f16);
    }

    private void assertFamily(Op op, RunResult result) {
        RunLabels.apply(result);
        List<CaseOutcome> family = result.cases().stream().filter(o -> o.kernelCase().op() == op).toList();
        assertThat(family).as("cases of " + op).isNotEmpty();
        Attachments.text(browser.id() + " " + op + " checks", table(family));
        boolean webgpu = result.capabilities().webgpu().available();
        for (CaseOutcome outcome : family) {
            String id = outcome.kernelCase().id();
            Steps.step(id + " on " + outcome.backend(), () -> {
                Backend backend = outcome.backend();
                if (outcome.ran() && (backend == Backend.WEBGPU || backend.isWasm())) {
                    assertThat(outcome.check().orElseThrow().passed())
                            .as(result.label() + " " + id + " on " + backend + ": " + outcome.check().orElseThrow().summary())
                            .isTrue();
                } else if (outcome.status() == CaseStatus.NOT_RUN) {
                    assertThat(outcome.reason()).as(id + " not run: the reason").isNotBlank();
                    assertThat(webgpu).as(id + " was not run although WebGPU is available: " + outcome.reason()).isFalse();
                } else {
                    throw new AssertionError(result.label() + " " + id + " failed on the page: " + outcome.reason()
                            + pageErrors(result, id));
                }
            });
        }
    }

    private static String pageErrors(RunResult result, String caseId) {
        String errors = result.errors().stream().filter(e -> caseId.equals(e.caseId())).map(BrowserTestBase::describe)
                .collect(Collectors.joining("\n"));
        return errors.isEmpty() ? "" : "\n" + errors;
    }

    private static String table(List<CaseOutcome> family) {
        TextTable table = new TextTable("case", "backend", "status", "check");
        for (CaseOutcome o : family) {
            table.row(o.kernelCase().id(), o.backend(), o.result().map(r -> r.status().id()).orElse("missing"),
                    o.check().map(c -> c.summary()).orElse(o.reason()));
        }
        return table.render();
    }
}

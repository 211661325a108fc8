package dev.webaccel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Op;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.results.Environment;
import dev.webaccel.results.Machine;
import dev.webaccel.results.Metric;
import dev.webaccel.results.Outcome;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.RunInfo;
import dev.webaccel.results.Series;
import dev.webaccel.results.Workload;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** Benchmark rows read per-operation times as the page divided them, and the roofline from the page's probes. */
@Test(groups = "unit")
public class BenchmarkTableTest {
    private static ResultRecord record(String id, Op op, String kernel, double flops, double bytes, int ops, double... ms) {
        RunInfo run = new RunInfo("r", "benchmark", "webgpu", "2026-12-02T00:00:00Z", new Machine("h", 2, "Linux", "17", "c"));
        Environment env = new Environment("chrome", "156", "SwiftShader", Backend.WEBGPU, null, 0.005, null);
        return new ResultRecord(run, env, new Workload(id, op, id, "", Map.of(), kernel, 1, flops, bytes),
                new Outcome(CaseStatus.OK, "ok", 1), List.of(new Series(Metric.WARM_MS, TimingMethod.GPU_TIMESTAMP,
                        0.005, ops, ms)), new OutputCheck(true, 1, 0, 0, 0, -1, "ok"));
    }

    public void rowsUseThePagesPerOperationTimesAndTheProbesRoofline() {
        List<ResultRecord> page = List.of(
                record("probe-fma", Op.PROBE, "probe.wgsl:fma_chain", 2e9, 1e6, 8, 100, 100, 100),   // 20 GFLOP/s
                record("probe-copy", Op.PROBE, "probe.wgsl:copy", 0, 1e9, 8, 100, 100, 100),   // 10 GB/s
                record("matmul", Op.MATMUL, "matmul.wgsl:matmul_tiled", 1e9, 1e7, 64, 200, 200, 200));
        BenchmarkTable table = new BenchmarkTable().add(page);
        BenchmarkRow matmul = table.rows().get(2);
        assertThat(matmul.perOperationMs().median()).as("not divided again by the 64 operations per sample").isEqualTo(200);
        assertThat(matmul.gflops()).isEqualTo(5.0);
        assertThat(matmul.rooflineShare()).as("5 of a 20 GFLOP/s peak").isEqualTo(0.25);
        assertThat(matmul.opsPerSample()).isEqualTo(64);
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).contains("20.00 GFLOP/s").contains("10.00 GB/s"));
        assertThat(table.csv()).startsWith("browser / adapter,case,ops/sample");
    }

    public void pagesCarryTheProbesFirst() {
        KernelCase probe = MatMulCases.of("matmul_naive", 2, 2, 2, 1);
        List<KernelCase> kernels = List.of(MatMulCases.of("matmul_naive", 3, 3, 3, 1), MatMulCases.of("matmul_naive", 4, 4, 4, 1),
                MatMulCases.of("matmul_naive", 5, 5, 5, 1));
        List<List<KernelCase>> pages = BenchmarkPages.split(List.of(probe), kernels, 2);
        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(p -> assertThat(p.get(0)).isSameAs(probe));
        assertThat(pages.get(1)).hasSize(2);
    }
}

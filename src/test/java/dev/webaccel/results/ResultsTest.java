package dev.webaccel.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Op;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.workload.OutputCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** Sinks: file (JSON lines as records arrive, CSV at the end), in-memory, fan-out that survives a failing sink. */
@Test(groups = "unit")
public class ResultsTest {
    static ResultRecord record(String caseId, double... values) {
        RunInfo run = new RunInfo("r1", "kernels", "auto", "2026-12-02T00:00:00Z", new Machine("h", 2, "Linux", "17", "abc"));
        Environment env = new Environment("chrome", "156.0", "SwiftShader", Backend.WEBGPU, null, 0.005, null);
        Workload w = new Workload(caseId, Op.MATMUL, "matmul-8", "tiled", Map.of("M", 8), "matmul.wgsl:matmul_tiled",
                1, 1024, 768);
        return new ResultRecord(run, env, w, new Outcome(CaseStatus.OK, "WebGPU device available", 1),
                List.of(new Series(Metric.WARM_MS, TimingMethod.GPU_TIMESTAMP, 0.005, 4, values)),
                new OutputCheck(true, 64, 0, 0, 0, -1, "all 64 values within tolerance"));
    }

    public void fileSinkWritesEachRecordAsItArrivesAndSamplesAtTheEnd() throws Exception {
        Path dir = Files.createTempDirectory("webaccel-results");
        FileSink sink = new FileSink(dir);
        sink.accept(record("matmul-a", 1.0, 2.0));
        assertThat(Files.readAllLines(dir.resolve("records.jsonl"))).as("written before the suite ends").hasSize(1);
        sink.accept(record("matmul-b", 3.0));
        sink.close();
        List<String> jsonl = Files.readAllLines(dir.resolve("records.jsonl"));
        assertThat(jsonl).hasSize(2);
        assertThat(jsonl.get(0)).contains("\"caseId\":\"matmul-a\"").contains("\"backend\":\"webgpu\"")
                .contains("\"metric\":\"warm-median-ms\"");
        List<String> csv = Files.readAllLines(dir.resolve("samples.csv"));
        assertThat(csv).hasSize(1 + 3);
        assertThat(csv.get(1)).contains("matmul-a").contains("warm-median-ms").contains("GPU timestamp-query");
    }

    public void aFailingSinkDoesNotStopTheOthers() {
        InMemorySink memory = new InMemorySink();
        List<String> order = new ArrayList<>();
        ResultsSink broken = r -> {
            order.add("broken");
            throw new IllegalStateException("disk full");
        };
        Results results = new Results(List.of(broken, memory));
        results.accept(record("x", 1.0));
        results.engineSkipped("edge", "no msedgedriver");
        assertThat(order).containsExactly("broken");
        assertThat(memory.records()).hasSize(1);
        assertThat(memory.skipped()).containsEntry("edge", "no msedgedriver");
    }

    public void sinksAreFoundThroughServiceLoader() {
        assertThat(Results.discover().sinks()).extracting(s -> s.getClass().getSimpleName())
                .contains("FileSink", "ConsoleSink", "AllureSink");
    }

    public void csvQuotesWhatNeedsQuoting() {
        assertThat(new Csv(List.of("a", "b")).row(List.of("x,y", "say \"hi\"")).toString())
                .isEqualTo("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }
}

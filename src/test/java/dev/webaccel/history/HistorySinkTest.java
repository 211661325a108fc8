package dev.webaccel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class HistorySinkTest {

    public void keepsSlowedCasesOnlyWhenTheRunAskedForThemAndDropsEmptyRuns() throws Exception {
        Path file = Files.createTempDirectory("webaccel-history").resolve("h.duckdb");
        record(file, Map.of());
        record(file, Map.of("test.slowdown", "matmul-a:3"));
        try (HistoryDb db = HistoryDb.open(file, Duration.ofSeconds(5))) {
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM runs WHERE complete")).isEqualTo(2);
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM cases WHERE workload_id LIKE '%-slowed3x'"))
                    .as("only from the run with -Dtest.slowdown").isEqualTo(1);
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM cases")).isEqualTo(3);
        }
        HistorySink empty = HistorySink.open(file, settings(Map.of()), HistoryFixtures.MACHINE, (db, id) -> { });
        empty.close();
        try (HistoryDb db = HistoryDb.open(file, Duration.ofSeconds(5))) {
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM runs")).as("a run that wrote nothing")
                    .isEqualTo(2);
        }
    }

    private static void record(Path file, Map<String, String> properties) {
        boolean[] reported = {false};
        HistorySink sink = HistorySink.open(file, settings(properties), HistoryFixtures.MACHINE,
                (db, id) -> reported[0] = true);
        sink.accept(HistoryFixtures.record("matmul-a", "SwiftShader", 1.0, 1.1, 1.2, 1.3, 1.4));
        sink.accept(HistoryFixtures.record("matmul-a", "SwiftShader", 3, 3.0, 3.3, 3.6, 3.9, 4.2));
        sink.close();
        assertThat(reported[0]).as("the report hook ran after completion").isTrue();
    }

    private static Settings settings(Map<String, String> properties) {
        return Settings.from(Map.of(), properties::get);
    }
}

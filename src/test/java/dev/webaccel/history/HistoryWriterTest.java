package dev.webaccel.history;

import static dev.webaccel.history.HistoryFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.results.VerdictRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class HistoryWriterTest {

    public void keepsEveryCaseWithSamplesSummariesAndOneRowPerEnvironmentAndWorkload() throws Exception {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryWriter run = HistoryFixtures.run(db, "run-1", Instant.parse("2026-12-01T10:00:00Z"), Optional.empty());
            run.write(record("matmul-a", "SwiftShader", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0));
            run.write(record("matmul-a", "SwiftShader", 1.5, 2.5, 3.5));
            assertThat(count(db, "SELECT count(*) FROM cases")).isEqualTo(2);
            assertThat(count(db, "SELECT count(*) FROM environments")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM workloads")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM samples WHERE metric = 'warm-median-ms'")).isEqualTo(9);
            assertThat(count(db, "SELECT count(*) FROM summaries")).as("warm and cold per case").isEqualTo(4);
            assertThat(number(db, "SELECT median_ms FROM summaries WHERE metric = 'warm-median-ms' AND n = 6"))
                    .isEqualTo(3.5);
            assertThat(count(db, "SELECT count(*) FROM runs WHERE NOT complete")).as("until complete()").isEqualTo(1);
            run.complete();
            assertThat(count(db, "SELECT count(*) FROM runs WHERE complete AND finished_at IS NOT NULL")).isEqualTo(1);
        }
    }

    public void aChangedShapeOrAdapterIsANewWorkloadOrEnvironment() throws Exception {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryWriter run = HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty());
            run.write(record("matmul-a", "SwiftShader", 1.0));
            run.write(record("matmul-a", "llvmpipe", 1.0));
            run.write(record("matmul-b", "SwiftShader", 1.0));
            assertThat(count(db, "SELECT count(*) FROM environments")).isEqualTo(2);
            assertThat(count(db, "SELECT count(*) FROM workloads")).isEqualTo(2);
        }
    }

    public void aFailedCaseWriteLeavesNothingOfThatCase() throws Exception {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryWriter run = HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty());
            run.write(record("matmul-a", "SwiftShader", 1.0));
            try (Statement st = db.connection().createStatement()) {
                st.execute("DROP TABLE summaries"); // the case row and samples go in before the summaries would
            }
            assertThatThrownBy(() -> run.write(record("matmul-b", "SwiftShader", 2.0)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("case matmul-b of run run-1");
            assertThat(count(db, "SELECT count(*) FROM cases")).as("only the first case").isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM samples")).isEqualTo(2);
        }
    }

    public void keepsClaimVerdictsWithoutNumbersAsNull() throws Exception {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryWriter run = HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty());
            run.verdicts(List.of(new VerdictRecord("c1", "Firefox is faster", "guide", "[1.1, 1.3]", "REFUTED",
                    "ratio 0.9", "firefox", "chrome", 0.9, 0.85, 0.95, 0.01), new VerdictRecord("c2", "x", "guide",
                    "[1, 2]", "INCONCLUSIVE", "not measured", "not measured", "not measured", Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN)));
            assertThat(count(db, "SELECT count(*) FROM claim_verdicts WHERE verdict = 'REFUTED' AND ratio = 0.9"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM claim_verdicts WHERE ratio IS NULL AND p_value IS NULL"))
                    .isEqualTo(1);
        }
    }

    public void anEmptyRunIsDiscarded() throws Exception {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty()).discard();
            assertThat(count(db, "SELECT count(*) FROM runs")).isZero();
        }
    }

    public void aRunIdIsNeverReused() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty());
            assertThatThrownBy(() -> HistoryFixtures.run(db, "run-1", Instant.now(), Optional.empty()))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("cannot record run run-1");
        }
    }

    static long count(HistoryDb db, String sql) throws SQLException {
        return (long) number(db, sql);
    }

    static double number(HistoryDb db, String sql) throws SQLException {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}

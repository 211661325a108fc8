package dev.webaccel.history;

import static dev.webaccel.history.HistoryFixtures.noisy;
import static dev.webaccel.history.HistoryFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.history.Regression.Flag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class RegressionDetectorTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final int MARGIN_PCT = 20;

    public void anIdenticalConfigurationFlagsNothing() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            double[] same = noisy(1, 10, 2.0);
            completeRun(db, "run-1", 0, same);
            HistoryFixtures.run(db, "run-2", T0.plusSeconds(60), Optional.empty())
                    .write(record("matmul-a", "SwiftShader", same));
            Regression r = only(compare(db, "run-2", Baseline.last()));
            assertThat(r.flag()).isEqualTo(Flag.NO_CHANGE);
            assertThat(r.ratio()).isEqualTo(1.0);
            assertThat(r.baseline()).isEqualTo("run run-1");
        }
    }

    public void aaRunsOfTheSameDistributionAreNeverFlagged() {
        int flagged = 0;
        for (int seed = 0; seed < 200; seed++) {
            try (HistoryDb db = HistoryDb.inMemory()) {
                completeRun(db, "a", 0, noisy(2L * seed, 10, 2.0));
                completeRun(db, "b", 60, noisy(2L * seed + 1, 10, 2.0));
                flagged += only(compare(db, "b", Baseline.last())).flag() == Flag.NO_CHANGE ? 0 : 1;
            }
        }
        assertThat(flagged).as("A/A comparisons flagged out of 200").isZero();
    }

    public void aWorkloadThreeTimesSlowerIsARegressionAndFasterIsAnImprovement() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            completeRun(db, "run-2", 60, noisy(2, 10, 6.0));
            completeRun(db, "run-3", 120, noisy(3, 10, 2.0));
            Regression slower = only(compare(db, "run-2", Baseline.last()));
            assertThat(slower.flag()).isEqualTo(Flag.REGRESSION);
            assertThat(slower.ratio()).isBetween(2.5, 3.5);
            assertThat(slower.ratioLow()).isGreaterThan(1.2);
            assertThat(slower.cliffsDelta()).isEqualTo(1.0);
            assertThat(slower.p()).isLessThan(RegressionDetector.ALPHA);
            assertThat(slower.describe()).startsWith("REGRESSION matmul-a").contains("against run run-1");
            assertThat(only(compare(db, "run-3", Baseline.last())).flag()).isEqualTo(Flag.IMPROVEMENT);
        }
    }

    public void aDeliberatelySlowedCaseIsComparedWithThePlainBaselineAndNeverBecomesOne() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            HistoryWriter slowed = HistoryFixtures.run(db, "run-2", T0.plusSeconds(60), Optional.empty());
            slowed.write(record("matmul-a", "SwiftShader", 3, noisy(2, 10, 6.0)));
            slowed.write(record("matmul-a", "SwiftShader", noisy(3, 10, 2.0)));
            slowed.complete();
            List<Regression> findings = compare(db, "run-2", Baseline.last());
            assertThat(findings).extracting(Regression::flag).containsExactly(Flag.REGRESSION, Flag.NO_CHANGE);
            assertThat(findings.get(0).workloadId()).endsWith("-slowed3x");
            assertThat(findings.get(0).nCurrent()).as("not pooled with the plain case").isEqualTo(10);
            completeRun(db, "run-3", 120, noisy(4, 10, 2.0));
            Regression plain = only(compare(db, "run-3", Baseline.last()));
            assertThat(plain.flag()).isEqualTo(Flag.NO_CHANGE);
            assertThat(plain.nBaseline()).as("the plain case of run-2 only").isEqualTo(10);
        }
    }

    public void aSmallButSignificantShiftInsideTheMarginIsNoChange() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 30, 2.0));
            completeRun(db, "run-2", 60, noisy(2, 30, 2.2));
            Regression r = only(compare(db, "run-2", Baseline.last()));
            assertThat(r.flag()).isEqualTo(Flag.NO_CHANGE);
            assertThat(r.reason()).contains("margin");
        }
    }

    public void tooFewSamplesAreNotCompared() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, 1.0, 1.1, 1.2);
            completeRun(db, "run-2", 60, 3.0, 3.1, 3.2);
            Regression r = only(compare(db, "run-2", Baseline.last()));
            assertThat(r.flag()).isEqualTo(Flag.NOT_COMPARED);
            assertThat(r.reason()).contains("not enough data").contains("N=3");
        }
    }

    public void aDifferentAdapterIsNotComparedAndSaysWhatDiffers() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            HistoryFixtures.run(db, "run-2", T0.plusSeconds(60), Optional.empty())
                    .write(record("matmul-a", "llvmpipe", noisy(2, 10, 6.0)));
            Regression r = only(compare(db, "run-2", Baseline.last()));
            assertThat(r.flag()).isEqualTo(Flag.NOT_COMPARED);
            assertThat(r.reason()).contains("different environment").contains("adapter SwiftShader -> llvmpipe");
        }
    }

    public void theFirstRunOfAWorkloadHasNoBaseline() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            assertThat(only(compare(db, "run-1", Baseline.last())).reason()).contains("first run");
        }
    }

    public void anIncompleteRunIsNeverABaseline() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            HistoryFixtures.run(db, "killed", T0.plusSeconds(30), Optional.empty())
                    .write(record("matmul-a", "SwiftShader", noisy(9, 10, 6.0)));
            completeRun(db, "run-2", 60, noisy(2, 10, 6.0));
            Regression r = only(compare(db, "run-2", Baseline.last()));
            assertThat(r.baseline()).isEqualTo("run run-1");
            assertThat(r.flag()).isEqualTo(Flag.REGRESSION);
        }
    }

    public void aTaggedRunOrAWindowOfRunsCanBeTheBaseline() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            HistoryWriter tagged = HistoryFixtures.run(db, "release", T0, Optional.of("v1.0"));
            tagged.write(record("matmul-a", "SwiftShader", noisy(1, 10, 6.0)));
            tagged.complete();
            completeRun(db, "run-2", 60, noisy(2, 10, 2.0));
            completeRun(db, "run-3", 120, noisy(3, 10, 2.0));
            completeRun(db, "run-4", 180, noisy(4, 10, 2.0));
            Regression byTag = only(compare(db, "run-4", Baseline.parse(Optional.of("v1.0"))));
            assertThat(byTag.baseline()).isEqualTo("run release");
            assertThat(byTag.flag()).isEqualTo(Flag.IMPROVEMENT);
            Regression window = only(compare(db, "run-4", Baseline.parse(Optional.of("last:2"))));
            assertThat(window.baseline()).isEqualTo("runs run-3, run-2");
            assertThat(window.nBaseline()).isEqualTo(20);
            assertThat(window.flag()).isEqualTo(Flag.NO_CHANGE);
        }
    }

    public void anUnknownBaselineNameSaysHowToListRuns() {
        try (HistoryDb db = HistoryDb.inMemory()) {
            completeRun(db, "run-1", 0, noisy(1, 10, 2.0));
            assertThatThrownBy(() -> compare(db, "run-1", Baseline.parse(Optional.of("v9"))))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("-Dbaseline=v9 names no run id or tag")
                    .hasMessageContaining("SELECT run_id, tag");
            assertThatThrownBy(() -> Baseline.parse(Optional.of("last:x"))).hasMessageContaining("last:K");
        }
    }

    private static void completeRun(HistoryDb db, String id, long secondsAfterT0, double... samples) {
        HistoryWriter run = HistoryFixtures.run(db, id, T0.plusSeconds(secondsAfterT0), Optional.empty());
        run.write(record("matmul-a", "SwiftShader", samples));
        run.complete();
    }

    private static List<Regression> compare(HistoryDb db, String runId, Baseline baseline) {
        return new RegressionDetector(db.connection(), MARGIN_PCT).compare(runId, baseline);
    }

    private static Regression only(List<Regression> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}

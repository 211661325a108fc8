package dev.webaccel.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.Phase;
import dev.webaccel.protocol.Sample;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class CaseOutcomeTest {
    private static Sample sample(String phase, int index, double wallMs, Double gpuMs) {
        return new Sample("r", "c", Phase.parse(phase), index, wallMs, gpuMs, "m");
    }

    private static CaseOutcome outcome(Sample... samples) {
        return new CaseOutcome(MatMulCases.of("matmul_naive", 2, 2, 2, 1), Optional.empty(), List.of(samples),
                Optional.empty());
    }

    public void gpuTimesOnlyWhenEveryTimedSampleHasThem() {
        CaseOutcome all = outcome(sample("cold", 0, 50, null), sample("warmup", 0, 9, 1.0),
                sample("timed", 0, 10, 2.0), sample("timed", 1, 11, 3.0));
        assertThat(all.timedGpuMs()).hasValueSatisfying(v -> assertThat(v).containsExactly(2.0, 3.0));
        assertThat(all.timedWallMs()).containsExactly(10.0, 11.0);
        assertThat(all.coldWallMs()).contains(50.0);
        CaseOutcome partial = outcome(sample("timed", 0, 10, 2.0), sample("timed", 1, 11, null));
        assertThat(partial.timedGpuMs()).isEmpty();
        assertThat(outcome().timedGpuMs()).isEmpty();
    }
}

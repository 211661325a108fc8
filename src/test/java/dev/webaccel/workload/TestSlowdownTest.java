package dev.webaccel.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.measure.TimingSpec;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class TestSlowdownTest {

    public void slowsOnlyTheCasesWhoseIdStartsWithThePrefix() {
        KernelCase a = MatMulCases.of("matmul_tiled", 16, 16, 16, 1);
        KernelCase b = MatMulCases.of("matmul_naive", 16, 16, 16, 2);
        Plan plan = new Plan("auto", TimingSpec.correctness(), List.of(a, b));
        Plan slowed = TestSlowdown.parse(Optional.of("matmul-tiled:3")).orElseThrow().apply(plan);
        assertThat(slowed.timingOf(a.id()).slowdown()).isEqualTo(3);
        assertThat(slowed.timingOf(b.id()).slowdown()).isEqualTo(1);
        assertThat(TestSlowdown.parse(Optional.empty())).isEmpty();
    }

    public void aMalformedSettingSaysWhatItShouldLookLike() {
        assertThatThrownBy(() -> TestSlowdown.parse(Optional.of("matmul"))).hasMessageContaining("<case-id-prefix>:<factor>");
        assertThatThrownBy(() -> TestSlowdown.parse(Optional.of("matmul:1"))).hasMessageContaining("2..64");
        assertThatThrownBy(() -> new TimingSpec(0, 1, 0, 1, 1, 0, 0)).hasMessageContaining("slowdown must be in 1..64");
    }
}

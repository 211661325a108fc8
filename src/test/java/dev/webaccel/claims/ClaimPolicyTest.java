package dev.webaccel.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ClaimPolicyTest {
    private static ClaimResult result(Verdict verdict) {
        return new ClaimResult(Fixtures.firefoxFasterClaim(), verdict, "because", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Double.NaN);
    }

    private final List<ClaimResult> all = List.of(result(Verdict.SUPPORTED), result(Verdict.REFUTED),
            result(Verdict.INCONCLUSIVE));

    public void reportNeverFails() {
        assertThat(ClaimPolicy.REPORT.failures(all)).isEmpty();
    }

    public void strictFailsOnRefutedOnly() {
        assertThat(ClaimPolicy.STRICT.failures(all)).extracting(ClaimResult::verdict).containsExactly(Verdict.REFUTED);
        assertThat(ClaimPolicy.STRICT.fails(result(Verdict.INCONCLUSIVE))).isFalse();
        assertThat(ClaimPolicy.STRICT.fails(result(Verdict.SUPPORTED))).isFalse();
    }

    public void refutedAndInconclusiveNeedAttentionWhateverThePolicy() {
        assertThat(ClaimPolicy.needingAttention(all)).extracting(ClaimResult::verdict)
                .containsExactly(Verdict.REFUTED, Verdict.INCONCLUSIVE);
    }

    public void parsesTheSettingValues() {
        assertThat(ClaimPolicy.parse("report")).isEqualTo(ClaimPolicy.REPORT);
        assertThat(ClaimPolicy.parse(" Strict ")).isEqualTo(ClaimPolicy.STRICT);
        assertThatThrownBy(() -> ClaimPolicy.parse("lenient")).hasMessageContaining("report or strict");
    }
}

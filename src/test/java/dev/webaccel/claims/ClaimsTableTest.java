package dev.webaccel.claims;

import static dev.webaccel.claims.Fixtures.firefoxFasterClaim;
import static dev.webaccel.claims.Fixtures.lognormal;
import static dev.webaccel.claims.Fixtures.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ClaimsTableTest {
    private final ClaimVerifier verifier = new ClaimVerifier();

    private List<ClaimResult> results() {
        ClaimResult supported = verifier.verify(firefoxFasterClaim(), List.of(
                measurement("firefox", "lavapipe", lognormal(1, 30, 80)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100))));
        ClaimResult missing = verifier.verify(firefoxFasterClaim(), List.of(
                measurement("chrome", "lavapipe", lognormal(2, 30, 100))));
        return List.of(supported, missing);
    }

    public void markdownHasHeaderVerdictsAndLabels() {
        String md = ClaimsTable.markdown(results());
        String[] lines = md.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("| Claim | A | B |").contains("time(B)/time(A) [95% CI]").contains("Verdict");
        assertThat(lines[1]).matches("(\\| --- )+\\|");
        assertThat(lines[2]).contains("**SUPPORTED**").contains("firefox 1.0, lavapipe, performance.now (0.005 ms)")
                .contains("chrome 1.0, lavapipe").contains("[1.176, 1.333]").contains("`firefox/webgpu`");
        assertThat(lines[3]).contains("**INCONCLUSIVE**").contains("no firefox measurement").contains("not measured");
        for (String line : lines) {
            assertThat(line.split("(?<!\\\\)\\|", -1)).as(line).hasSize(12); // 10 cells between 11 pipes
        }
    }

    public void markdownEscapesPipesInCells() {
        Claim claim = new Claim("pipe", "a | b", "test", Fixtures.METRIC, Fixtures.WORKLOAD,
                new Selector("fire|fox", null, null, null), new Selector("chrome", null, null, null),
                ExpectedRange.of(1.1, 1.3));
        String md = ClaimsTable.markdown(List.of(verifier.verify(claim, List.of())));
        assertThat(md).contains("fire\\|fox");
    }

    public void consoleTableIsAligned() {
        String console = ClaimsTable.console(results());
        String[] lines = console.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).matches("-+");
        int verdictColumn = lines[0].indexOf("Verdict");
        assertThat(lines[2].substring(verdictColumn)).startsWith("SUPPORTED");
        assertThat(lines[3].substring(verdictColumn)).startsWith("INCONCLUSIVE");
        assertThat(console).contains("no firefox measurement").doesNotContain("<br>");
    }

    public void medianCellShowsCiAndN() {
        assertThat(ClaimsTable.median(java.util.Optional.of(dev.webaccel.stats.Summary.of(
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})))).isEqualTo("5.5 [2, 9] N=10");
        assertThat(ClaimsTable.median(java.util.Optional.of(dev.webaccel.stats.Summary.of(
                new double[] {1, 2, 3})))).isEqualTo("2 (no 95% CI at N<6) N=3");
        assertThat(ClaimsTable.median(java.util.Optional.empty())).isEqualTo("-");
    }
}

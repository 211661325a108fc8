package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ClaimsFileTest {
    private static final Path GUIDE_CLAIMS = Path.of(System.getProperty("basedir", "."), "claims",
            "guide-claims.json");

    public void guideClaimsLoadAndAreWellFormed() {
        ClaimsFile file = ClaimsFile.load(GUIDE_CLAIMS);
        assertThat(file.claims()).hasSizeGreaterThanOrEqualTo(10);
        Set<String> ids = new HashSet<>();
        for (Claim c : file.claims()) {
            assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
            assertThat(c.expected().min()).as(c.id()).isPositive().isLessThanOrEqualTo(c.expected().max());
            assertThat(c.statement()).as(c.id()).isNotBlank();
            assertThat(c.source()).as(c.id()).isNotBlank();
            assertThat(c.a()).as(c.id()).isNotEqualTo(c.b());
            assertThat(c.expected().derivation()).as(c.id()).isNotBlank();
        }
    }

    public void guideClaimsCoverTheRequiredTopics() {
        ClaimsFile file = ClaimsFile.load(GUIDE_CLAIMS);
        for (int seconds : new int[] {5, 15, 30, 60}) {
            Claim c = file.byId("firefox-vs-chrome-logmel-" + seconds + "s").orElseThrow();
            assertThat(c.isCrossBrowser()).isTrue();
            assertThat(c.workload()).isEqualTo("logmel-" + seconds + "s");
        }
        assertThat(file.byId("compute-shaders-optimized-vs-baseline-firefox")).isPresent();
        assertThat(file.byId("compute-shaders-optimized-vs-baseline-chrome")).isPresent();
        Claim wasm = file.byId("wasm-vs-webgpu-matmul-chrome").orElseThrow();
        assertThat(wasm.expected().min()).isEqualTo(0.6);
        assertThat(wasm.expected().max()).isEqualTo(0.8);
        assertThat(file.byId("shader-precompile-first-inference-chrome").orElseThrow().metric()).isEqualTo("cold-ms");
        assertThat(file.byId("parallel-loading-load-time-chrome")).isPresent();
    }

    public void missingFieldNamesClaimAndField() {
        String json = claimsJson(claim("c1", "\"statement\": \"s\", \"source\": \"x\", \"workload\": \"w\","
                + COMPARE + "," + range("1.1", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .isInstanceOf(ClaimsFileException.class)
                .hasMessage("claims file test.json: claim 'c1': field 'metric' is missing");
    }

    public void missingRangeBoundNamesTheField() {
        String json = claimsJson(claim("c2", BASICS + "," + COMPARE + ", \"expected\": {\"min\": 1.1}"));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessage("claims file test.json: claim 'c2': field 'expected.max' is missing");
    }

    public void unorderedRangeNamesClaimAndFields() {
        String json = claimsJson(claim("c3", BASICS + "," + COMPARE + "," + range("1.3", "1.1")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c3'")
                .hasMessageContaining("'expected.min' and 'expected.max' are not ordered: min 1.3 > max 1.1");
    }

    public void nonPositiveRangeIsRejected() {
        String json = claimsJson(claim("c4", BASICS + "," + COMPARE + "," + range("0", "1.1")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c4': field 'expected.min' must be > 0");
    }

    public void nonNumericBoundIsRejected() {
        String json = claimsJson(claim("c5", BASICS + "," + COMPARE + "," + range("\"1.1\"", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c5': field 'expected.min' must be a finite number, was \"1.1\"");
    }

    public void nominalOutsideRangeIsRejected() {
        String json = claimsJson(claim("c6", BASICS + "," + COMPARE
                + ", \"expected\": {\"min\": 1.1, \"max\": 1.3, \"nominal\": 2}"));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c6': field 'expected.nominal' 2.0 is outside [1.1, 1.3]");
    }

    public void duplicateIdsNameBothPositions() {
        String one = claim("dup", BASICS + "," + COMPARE + "," + range("1.1", "1.3"));
        assertThatThrownBy(() -> ClaimsFile.parse(claimsJson(one + "," + one), "test.json"))
                .hasMessageContaining("claim id 'dup' appears twice (claims[0] and claims[1])");
    }

    public void misspelledSelectorFieldIsRejectedNotIgnored() {
        String compare = "\"compare\": {\"a\": {\"brwoser\": \"firefox\"}, \"b\": {\"browser\": \"chrome\"}}";
        String json = claimsJson(claim("c7", BASICS + "," + compare + "," + range("1.1", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c7': unknown field 'compare.a.brwoser'")
                .hasMessageContaining("allowed: adapter, backend, browser, variant");
    }

    public void unknownBackendIsRejected() {
        String compare = "\"compare\": {\"a\": {\"backend\": \"cuda\"}, \"b\": {\"backend\": \"wasm\"}}";
        String json = claimsJson(claim("c8", BASICS + "," + compare + "," + range("1.1", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c8': field 'compare.a.backend': unknown backend 'cuda'");
    }

    public void missingSideIsRejected() {
        String compare = "\"compare\": {\"a\": {\"browser\": \"firefox\"}}";
        String json = claimsJson(claim("c9", BASICS + "," + compare + "," + range("1.1", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessage("claims file test.json: claim 'c9': field 'compare.b' is missing");
    }

    public void identicalSidesAreRejected() {
        String compare = "\"compare\": {\"a\": {\"browser\": \"firefox\"}, \"b\": {\"browser\": \"firefox\"}}";
        String json = claimsJson(claim("c10", BASICS + "," + compare + "," + range("1.1", "1.3")));
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessageContaining("claim 'c10': fields 'compare.a' and 'compare.b' select the same measurements");
    }

    public void claimWithoutIdIsNamedByIndex() {
        String json = claimsJson("{" + BASICS + "," + COMPARE + "," + range("1.1", "1.3") + "}");
        assertThatThrownBy(() -> ClaimsFile.parse(json, "test.json"))
                .hasMessage("claims file test.json: claims[0]: field 'id' is missing");
    }

    public void malformedJsonSaysSo() {
        assertThatThrownBy(() -> ClaimsFile.parse("{\"claims\": [", "test.json"))
                .hasMessageContaining("claims file test.json: not valid JSON");
    }

    public void unreadableFileNamesThePath() {
        assertThatThrownBy(() -> ClaimsFile.load(Path.of("no/such/claims.json")))
                .isInstanceOf(ClaimsFileException.class)
                .hasMessageContaining("no/such/claims.json").hasMessageContaining("cannot read");
    }

    public void validMinimalClaimParses() {
        ClaimsFile file = ClaimsFile.parse(claimsJson(claim("ok", BASICS + "," + COMPARE + "," + range("1.1", "1.3"))),
                "test.json");
        assertThat(file.claims()).extracting(Claim::id).isEqualTo(List.of("ok"));
        assertThat(file.claims().get(0).a()).isEqualTo(new Selector("firefox", Backend.WEBGPU, null, null));
        assertThat(file.claims().get(0).expected().nominal()).isNaN();
    }

    private static final String BASICS =
            "\"statement\": \"s\", \"source\": \"x\", \"metric\": \"warm-median-ms\", \"workload\": \"w\"";
    private static final String COMPARE = "\"compare\": {\"a\": {\"browser\": \"firefox\", \"backend\": \"webgpu\"},"
            + " \"b\": {\"browser\": \"chrome\", \"backend\": \"webgpu\"}}";

    private static String range(String min, String max) {
        return "\"expected\": {\"min\": " + min + ", \"max\": " + max + "}";
    }

    private static String claim(String id, String body) {
        return "{\"id\": \"" + id + "\", " + body + "}";
    }

    private static String claimsJson(String claims) {
        return "{\"claims\": [" + claims + "]}";
    }
}

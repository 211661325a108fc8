package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import static dev.webaccel.claims.Fixtures.firefoxFasterClaim;
import static dev.webaccel.claims.Fixtures.lognormal;
import static dev.webaccel.claims.Fixtures.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ClaimVerifierTest {
    private final ClaimVerifier verifier = new ClaimVerifier();

    public void ratioInsideTheClaimedRangeIsSupported() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 80)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.ratio().orElseThrow().ratio()).isBetween(1.176, 1.333);
        assertThat(r.p()).isLessThan(0.05);
        assertThat(r.reason()).contains("inside");
        assertThat(r.summaryA().orElseThrow().median()).isLessThan(r.summaryB().orElseThrow().median());
    }

    public void noDifferenceRefutesAClaimedAdvantage() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 100)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(r.reason()).contains("entirely below").contains("absent");
    }

    public void reversedAdvantageIsRefutedAndSaysReversed() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 130)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(r.reason()).contains("reversed");
    }

    public void muchLargerAdvantageThanClaimedIsRefuted() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 50)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(r.reason()).contains("entirely above").contains("larger than claimed");
    }

    public void missingBrowserIsInconclusiveAndNamesIt() {
        ClaimResult r = verifier.verify(firefoxFasterClaim(),
                List.of(measurement("chrome", "lavapipe", lognormal(2, 30, 100))));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).isEqualTo("no firefox measurement: browser absent or not run");
        assertThat(r.labelA()).isEqualTo("not measured");
        assertThat(r.b()).isPresent();
    }

    public void missingCaseOfAPresentBrowserSaysWhichSelector() {
        Measurement wasmOnly = new Measurement("firefox", "1.0", "none", Backend.WASM, Fixtures.WORKLOAD, "",
                Fixtures.METRIC, "performance.now", 0.005, lognormal(1, 30, 80));
        ClaimResult r = verify(wasmOnly, measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("no measurement for A (browser=firefox, backend=webgpu)")
                .contains("logmel-5s / warm-median-ms");
    }

    public void differentAdaptersAcrossBrowsersAreInconclusive() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 80)),
                measurement("chrome", "swiftshader", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("the comparison measures the adapters, not the browsers");
        assertThat(r.ratio()).isEmpty();
        assertThat(r.summaryA()).isPresent(); // what was measured is still shown, only the ratio is withheld
        assertThat(r.labelB()).contains("swiftshader");
    }

    public void bothSidesMissingAreNamedInOneReason() {
        ClaimResult r = verifier.verify(firefoxFasterClaim(), List.of(
                otherWorkload("firefox"), otherWorkload("chrome")));
        assertThat(r.reason()).isEqualTo("no measurement for A (browser=firefox, backend=webgpu) nor B "
                + "(browser=chrome, backend=webgpu) of logmel-5s / warm-median-ms: case not run, backend unavailable "
                + "or it fell back to another backend");
    }

    public void sharedAdapterIsPickedWhenABrowserRanOnSeveral() {
        ClaimResult r = verifier.verify(firefoxFasterClaim(), List.of(
                measurement("firefox", "lavapipe", lognormal(1, 30, 80)),
                measurement("chrome", "swiftshader", lognormal(2, 30, 300)),
                measurement("chrome", "lavapipe", lognormal(3, 30, 100))));
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.labelB()).contains("lavapipe");
    }

    public void differentTimingMethodsAreInconclusive() {
        Measurement chrome = new Measurement("chrome", "1.0", "lavapipe", Backend.WEBGPU, Fixtures.WORKLOAD,
                "optimized", Fixtures.METRIC, "timestamp-query", 0.0001, lognormal(2, 30, 100));
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 30, 80)), chrome);
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("timed with performance.now, B with timestamp-query");
    }

    public void tooFewSamplesAreInconclusive() {
        ClaimResult r = verify(measurement("firefox", "lavapipe", lognormal(1, 3, 80)),
                measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("N=3 < 5").contains("raise -Diterations");
        assertThat(r.summaryA().orElseThrow().n()).isEqualTo(3);
    }

    public void effectBelowTimerResolutionIsInconclusive() {
        Measurement ff = new Measurement("firefox", "1.0", "lavapipe", Backend.WEBGPU, Fixtures.WORKLOAD, "optimized",
                Fixtures.METRIC, "performance.now", 1.0, new double[] {1, 1, 1, 2, 1, 1});
        Measurement chrome = new Measurement("chrome", "1.0", "lavapipe", Backend.WEBGPU, Fixtures.WORKLOAD,
                "optimized", Fixtures.METRIC, "performance.now", 1.0, new double[] {2, 1, 2, 2, 2, 2});
        ClaimResult r = verify(ff, chrome);
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("below timer resolution");
    }

    public void intervalStraddlingTheBoundaryIsInconclusive() {
        // true R = 100 / 85 = 1.176: on the lower boundary, and noisy, so the CI must cross it
        double[] ff = dev.webaccel.stats.Synthetic.lognormal(new java.util.SplittableRandom(11), 12, 85, 0.15);
        double[] chrome = dev.webaccel.stats.Synthetic.lognormal(new java.util.SplittableRandom(12), 12, 100, 0.15);
        ClaimResult r = verify(measurement("firefox", "lavapipe", ff), measurement("chrome", "lavapipe", chrome));
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("straddles");
    }

    public void sameBrowserDifferentVersionsAreInconclusive() {
        Claim claim = new Claim("opt", "20-35% faster", "test", Fixtures.METRIC, Fixtures.WORKLOAD,
                new Selector("firefox", Backend.WEBGPU, "optimized", null),
                new Selector("firefox", Backend.WEBGPU, "baseline", null), ExpectedRange.of(1.25, 1.538));
        Measurement opt = new Measurement("firefox", "128.0", "lavapipe", Backend.WEBGPU, Fixtures.WORKLOAD,
                "optimized", Fixtures.METRIC, "performance.now", 0.005, lognormal(1, 30, 70));
        Measurement base = new Measurement("firefox", "129.0", "lavapipe", Backend.WEBGPU, Fixtures.WORKLOAD,
                "baseline", Fixtures.METRIC, "performance.now", 0.005, lognormal(2, 30, 100));
        ClaimResult r = verifier.verify(claim, List.of(opt, base));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("mixes browser versions");
    }

    public void wasmOnNoAdapterIsComparableWithWebGpu() {
        Claim claim = new Claim("wasm", "60-80% of WebGPU performance", "test", Fixtures.METRIC, "matmul-512",
                new Selector("chrome", Backend.WASM, null, null), new Selector("chrome", Backend.WEBGPU, null, null),
                new ExpectedRange(0.6, 0.8, 0.7, ""));
        Measurement wasm = new Measurement("chrome", "1.0", "none", Backend.WASM, "matmul-512", "", Fixtures.METRIC,
                "performance.now", 0.005, lognormal(1, 30, 100));
        Measurement gpu = new Measurement("chrome", "1.0", "swiftshader", Backend.WEBGPU, "matmul-512", "",
                Fixtures.METRIC, "performance.now", 0.005, lognormal(2, 30, 70));
        ClaimResult r = verifier.verify(claim, List.of(wasm, gpu));
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.SUPPORTED);
    }

    public void measurementsOfOtherWorkloadsAreIgnored() {
        Measurement otherWorkload = new Measurement("firefox", "1.0", "lavapipe", Backend.WEBGPU, "logmel-60s",
                "optimized", Fixtures.METRIC, "performance.now", 0.005, lognormal(1, 30, 80));
        ClaimResult r = verify(otherWorkload, measurement("chrome", "lavapipe", lognormal(2, 30, 100)));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    private static Measurement otherWorkload(String browser) {
        return new Measurement(browser, "1.0", "lavapipe", Backend.WEBGPU, "other", "optimized", Fixtures.METRIC,
                "performance.now", 0.005, lognormal(5, 30, 80));
    }

    private ClaimResult verify(Measurement a, Measurement b) {
        return verifier.verify(firefoxFasterClaim(), List.of(a, b));
    }
}

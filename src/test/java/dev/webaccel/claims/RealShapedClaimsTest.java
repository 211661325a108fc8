package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.stats.Synthetic;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.testng.annotations.Test;

/**
 * The verifier on the real claims file with measurements shaped like ClaimsIT's: the labels the browsers report
 * here, N = 5 timed samples, GPU-timestamp and wall-clock methods, WASM flavours, gaps.
 */
@Test(groups = "unit")
public class RealShapedClaimsTest {
    private static final String SWIFTSHADER = "SwiftShader Device (Subzero)";
    private static final String FIREFOX_ADAPTER = "unnamed fallback adapter";
    private static final String GPU = "GPU timestamp-query (compute pass begin..end)";
    private static final String WALL = "performance.now() to readback";

    private final ClaimsFile file = ClaimsFile.load(Path.of("claims/guide-claims.json"));
    private final ClaimVerifier verifier = new ClaimVerifier();

    private static double[] samples(long seed, double median) {
        return Synthetic.lognormal(new SplittableRandom(seed), 5, median, 0.05);
    }

    private static Measurement m(String browser, String version, String adapter, Backend backend, String workload,
                                 String variant, String metric, String method, double[] samples) {
        return new Measurement(browser, version, adapter, backend, workload, variant, metric, method, 0.005, samples);
    }

    public void firefoxVsChromeOnTheAdaptersOfThisMachineIsInconclusiveDifferentAdapters() {
        Claim claim = file.byId("firefox-vs-chrome-logmel-5s").orElseThrow();
        // Even a textbook 20% advantage must not be judged across two different adapters.
        List<Measurement> ms = List.of(
                m("firefox", "153.8.0", FIREFOX_ADAPTER, Backend.WEBGPU, "logmel-5s", "optimized", "warm-median-ms", GPU,
                        samples(1, 80)),
                m("chrome", "156.0.8078.108", SWIFTSHADER, Backend.WEBGPU, "logmel-5s", "optimized", "warm-median-ms",
                        GPU, samples(2, 100)));
        ClaimResult r = verifier.verify(claim, ms);
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.ratio()).as("no ratio across adapters").isEmpty();
        assertThat(r.reason()).contains("adapter " + FIREFOX_ADAPTER).contains(SWIFTSHADER)
                .contains("measures the adapters, not the browsers");
        assertThat(r.summaryA()).isPresent();
        assertThat(r.summaryB()).isPresent();
    }

    public void identicalConfigurationsAreNeverSupportedAsOptimizedVsBaseline() {
        Claim claim = file.byId("compute-shaders-optimized-vs-baseline-chrome").orElseThrow();
        for (long seed = 0; seed < 100; seed++) {
            List<Measurement> ms = List.of(
                    m("chrome", "156", SWIFTSHADER, Backend.WEBGPU, "logmel-30s", "optimized", "warm-median-ms", GPU,
                            samples(2 * seed, 1000)),
                    m("chrome", "156", SWIFTSHADER, Backend.WEBGPU, "logmel-30s", "baseline", "warm-median-ms", GPU,
                            samples(2 * seed + 1, 1000)));
            ClaimResult r = verifier.verify(claim, ms);
            assertThat(r.verdict()).as("seed " + seed + ": " + r.reason()).isNotEqualTo(Verdict.SUPPORTED);
        }
    }

    public void wasmClaimSelectsTheSimdFlavourAndComparesWallClockWithWallClock() {
        Claim claim = file.byId("wasm-vs-webgpu-matmul-chrome").orElseThrow();
        String metric = claim.metric();
        List<Measurement> ms = List.of(
                m("chrome", "156", "none", Backend.WASM_SIMD_THREADS, "matmul-512", "tiled", metric, WALL,
                        Synthetic.lognormal(new SplittableRandom(3), 30, 140, 0.02)),
                m("chrome", "156", SWIFTSHADER, Backend.WEBGPU, "matmul-512", "tiled", metric, WALL,
                        Synthetic.lognormal(new SplittableRandom(4), 30, 100, 0.02)));
        ClaimResult r = verifier.verify(claim, ms);
        assertThat(r.a()).as("'wasm' in a claim selects wasm-simd-threads").isPresent();
        assertThat(r.ratio()).isPresent();
        assertThat(r.ratio().get().ratio()).isBetween(0.6, 0.8);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.SUPPORTED);
    }

    public void wasmClaimMixingGpuTimeAndWallClockIsInconclusive() {
        Claim claim = file.byId("wasm-vs-webgpu-matmul-chrome").orElseThrow();
        List<Measurement> ms = List.of(
                m("chrome", "156", "none", Backend.WASM_SIMD, "matmul-512", "tiled", claim.metric(), WALL, samples(3, 140)),
                m("chrome", "156", SWIFTSHADER, Backend.WEBGPU, "matmul-512", "tiled", claim.metric(), GPU, samples(4, 100)));
        ClaimResult r = verifier.verify(claim, ms);
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).contains("timed with");
    }

    public void aKnownGapGivesItsExactReasonInsteadOfTheGenericOne() {
        Claim claim = file.byId("wasm-vs-webgpu-matmul-firefox").orElseThrow();
        List<Measurement> ms = List.of(m("firefox", "153", FIREFOX_ADAPTER, Backend.WEBGPU, "matmul-512", "tiled",
                claim.metric(), WALL, samples(5, 100)));
        Gap wasmDidNotRun = new Gap("matmul-512", null, new Selector("firefox", Backend.WASM, "tiled", null),
                "WASM backend did not run: forced wasm, but op matmul has no WebAssembly implementation");
        Gap otherBrowser = new Gap("matmul-512", null, new Selector("chrome", Backend.WASM, "tiled", null), "chrome's");
        ClaimResult r = verifier.verify(claim, ms, List.of(otherBrowser, wasmDidNotRun));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).isEqualTo("A (browser=firefox, backend=wasm): WASM backend did not run: forced wasm, "
                + "but op matmul has no WebAssembly implementation");
        ClaimResult generic = verifier.verify(claim, ms, List.of(otherBrowser));
        assertThat(generic.reason()).startsWith("no measurement for A");
    }

    public void aGapForBothSidesIsNamedOnce() {
        Claim claim = file.byId("parallel-loading-load-time-chrome").orElseThrow();
        Gap notImplemented = new Gap("multi-component-load", "load-ms", new Selector(null, null, null, null),
                "parallel model loading is not implemented");
        ClaimResult r = verifier.verify(claim, List.of(), List.of(notImplemented));
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.reason()).isEqualTo("A (browser=chrome, backend=webgpu, variant=parallel-load-on) and "
                + "B (browser=chrome, backend=webgpu, variant=parallel-load-off): parallel model loading is not implemented");
    }

    public void everyClaimOfTheFileGetsAVerdictWithoutMeasurements() {
        List<ClaimResult> results = verifier.verifyAll(file.claims(), List.of(), List.of());
        assertThat(results).hasSize(file.claims().size());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(r.ratio()).isEmpty();
            assertThat(r.reason()).isNotBlank();
        });
    }
}

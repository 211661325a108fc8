package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import dev.webaccel.stats.Synthetic;
import java.util.SplittableRandom;

/** Synthetic claims and measurements for verifier tests; the numbers are test inputs, not performance data. */
final class Fixtures {
    static final String WORKLOAD = "logmel-5s";
    static final String METRIC = "warm-median-ms";

    private Fixtures() {
    }

    /** "Firefox about 20% faster than Chrome": R = time(chrome)/time(firefox) in [1.176, 1.333]. */
    static Claim firefoxFasterClaim() {
        return new Claim("ff-vs-chrome", "Firefox ~20% faster", "test", METRIC, WORKLOAD,
                new Selector("firefox", Backend.WEBGPU, null, null), new Selector("chrome", Backend.WEBGPU, null, null),
                new ExpectedRange(1.176, 1.333, 1.25, "test"));
    }

    static Measurement measurement(String browser, String adapter, double[] samples) {
        return new Measurement(browser, "1.0", adapter, Backend.WEBGPU, WORKLOAD, "optimized", METRIC,
                "performance.now", 0.005, samples);
    }

    static double[] lognormal(long seed, int n, double median) {
        return Synthetic.lognormal(new SplittableRandom(seed), n, median, 0.03);
    }
}

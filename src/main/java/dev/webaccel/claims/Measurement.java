package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Samples of one metric for one configuration, as measured in a browser. Strings that were not known are "" (not
 * null); adapter is "none" for backends without a GPU adapter. {@code samplesMs} is copied in and out.
 */
public record Measurement(String browser, String browserVersion, String adapter, Backend backend, String workload,
                          String variant, String metric, String timingMethod, double timerResolutionMs,
                          double[] samplesMs) {

    public static final String NO_ADAPTER = "none";

    public Measurement {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(browserVersion, "browserVersion");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(timingMethod, "timingMethod");
        Objects.requireNonNull(samplesMs, "samplesMs");
        if (!(timerResolutionMs >= 0) || Double.isInfinite(timerResolutionMs)) {
            throw new IllegalArgumentException("timerResolutionMs must be finite and >= 0, was " + timerResolutionMs);
        }
        if (samplesMs.length == 0) {
            throw new IllegalArgumentException("measurement " + workload + "/" + metric + " on " + browser
                    + " has no samples");
        }
        samplesMs = samplesMs.clone();
    }

    @Override
    public double[] samplesMs() {
        return samplesMs.clone();
    }

    /** True when the adapter names a GPU (so that two different adapters make two different machines). */
    public boolean hasGpuAdapter() {
        return !adapter.isBlank() && !adapter.equalsIgnoreCase(NO_ADAPTER);
    }

    /** "firefox 128.0, lavapipe, performance.now (0.02 ms)": what a reader needs to judge the number. */
    public String label() {
        return String.format(Locale.ROOT, "%s %s, %s, %s (%s ms)", browser, orUnknown(browserVersion),
                orUnknown(adapter), orUnknown(timingMethod), Format.number(timerResolutionMs));
    }

    private static String orUnknown(String s) {
        return s.isBlank() ? "?" : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measurement m && browser.equals(m.browser) && browserVersion.equals(m.browserVersion)
                && adapter.equals(m.adapter) && backend == m.backend && workload.equals(m.workload)
                && variant.equals(m.variant) && metric.equals(m.metric) && timingMethod.equals(m.timingMethod)
                && Double.compare(timerResolutionMs, m.timerResolutionMs) == 0 && Arrays.equals(samplesMs, m.samplesMs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(browser, browserVersion, adapter, backend, workload, variant, metric, timingMethod,
                timerResolutionMs, Arrays.hashCode(samplesMs));
    }

    @Override
    public String toString() {
        return "Measurement[" + browser + " " + browserVersion + ", " + adapter + ", " + backend + ", " + workload
                + ", " + variant + ", " + metric + ", " + timingMethod + ", N=" + samplesMs.length + "]";
    }
}

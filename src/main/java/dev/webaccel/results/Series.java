package dev.webaccel.results;

import dev.webaccel.protocol.TimingMethod;
import java.util.Arrays;

/**
 * Raw samples of one metric, in milliseconds per operation, with how they were timed and the coarsest quantum a
 * value can carry (the timer resolution, or the completion tick spread over a sample's operations).
 *
 * @param opsPerSample the largest operation count of a sample in the series (what the page divided by)
 */
public record Series(Metric metric, TimingMethod method, double resolutionMs, int opsPerSample, double[] valuesMs) {
    public Series {
        valuesMs = valuesMs.clone();
    }

    @Override
    public double[] valuesMs() {
        return valuesMs.clone();
    }

    public int n() {
        return valuesMs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && metric == s.metric && method == s.method
                && Double.compare(resolutionMs, s.resolutionMs) == 0 && opsPerSample == s.opsPerSample
                && Arrays.equals(valuesMs, s.valuesMs);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(metric, method, resolutionMs, opsPerSample, Arrays.hashCode(valuesMs));
    }
}

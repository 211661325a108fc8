package dev.webaccel.harness;

import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.Sample;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import java.util.List;
import java.util.Optional;

/** One case as it came back: the page's result, its samples, and Java's check of the output. */
public record CaseOutcome(KernelCase kernelCase, Optional<CaseResult> result, List<Sample> samples,
                          Optional<OutputCheck> check) {
    public CaseOutcome {
        samples = List.copyOf(samples);
    }

    public boolean ran() {
        return result.map(CaseResult::ran).orElse(false);
    }

    public String backend() {
        return result.map(CaseResult::backend).orElse("none");
    }

    public String reason() {
        return result.map(CaseResult::reason).orElse("no result arrived");
    }

    public double[] timedWallMs() {
        return samples.stream().filter(s -> s.phase().equals("timed")).mapToDouble(Sample::wallMs).toArray();
    }

    /** GPU time per run of every timed sample (timestamp queries), or empty when any timed sample lacks it. */
    public Optional<double[]> timedGpuMs() {
        List<Sample> timed = samples.stream().filter(s -> s.phase().equals("timed")).toList();
        if (timed.isEmpty() || timed.stream().anyMatch(s -> s.gpuMs() == null)) {
            return Optional.empty();
        }
        return Optional.of(timed.stream().mapToDouble(Sample::gpuMs).toArray());
    }

    public Optional<Double> coldWallMs() {
        return samples.stream().filter(s -> s.phase().equals("cold")).map(Sample::wallMs).findFirst();
    }

    public String timingMethod() {
        return samples.stream().filter(s -> s.phase().equals("timed")).map(Sample::method).findFirst().orElse("");
    }
}

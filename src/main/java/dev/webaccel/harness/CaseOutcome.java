package dev.webaccel.harness;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Phase;
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

    public CaseStatus status() {
        return result.map(CaseResult::status).orElse(CaseStatus.ERROR);
    }

    public Backend backend() {
        return result.map(CaseResult::backend).orElse(Backend.NONE);
    }

    public String reason() {
        return result.map(CaseResult::reason).orElse("no result arrived");
    }

    public List<Sample> samples(Phase phase) {
        return samples.stream().filter(s -> s.phase() == phase).toList();
    }

    /** Per-operation wall-clock times of the timed samples. */
    public double[] timedWallMs() {
        return samples(Phase.TIMED).stream().mapToDouble(Sample::wallMs).toArray();
    }

    /** Per-operation GPU times of every timed sample (timestamp queries), or empty when any timed sample lacks one. */
    public Optional<double[]> timedGpuMs() {
        List<Sample> timed = samples(Phase.TIMED);
        if (timed.isEmpty() || timed.stream().anyMatch(s -> s.gpuMs() == null)) {
            return Optional.empty();
        }
        return Optional.of(timed.stream().mapToDouble(Sample::gpuMs).toArray());
    }

    public Optional<Double> coldWallMs() {
        return samples(Phase.COLD).stream().map(Sample::wallMs).findFirst();
    }

    /** How the page described its timed samples, in words. */
    public String timingMethod() {
        return samples(Phase.TIMED).stream().map(Sample::method).findFirst().orElse("");
    }
}

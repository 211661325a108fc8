package dev.webaccel.workload;

import dev.webaccel.config.Settings;
import dev.webaccel.measure.TimingSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one page run does: the backend policy and the cases in order, each with its {@link TimingSpec}.
 *
 * @param backend the backend policy: auto, webgpu, wasm, wasm-scalar (or wasm-simd, wasm-simd-threads per run)
 * @param timing how every case is timed unless {@code timings} names the case
 * @param timings per-case timing that differs from {@code timing}, by case id
 * @param purpose what the run is for ("kernels", "claims", "benchmark", ...): results carry it
 * @param destroyDeviceAfterCase a real fault for fault-injection tests: the page calls {@code device.destroy()}
 *     on its WebGPU device right after this case, so the later cases meet a lost device; null for none
 * @param hangAtCase TEST ONLY (fault injection): when the page reaches this case it runs an endless script loop,
 *     so that a stuck page can be shown to time out and be stopped (web-assets/js/test-faults.js); null for none
 */
public record Plan(String backend, TimingSpec timing, Map<String, TimingSpec> timings, List<KernelCase> cases,
                   String purpose, String destroyDeviceAfterCase, String hangAtCase) {

    public Plan {
        cases = List.copyOf(cases);
        timings = Map.copyOf(timings);
        purpose = purpose == null || purpose.isBlank() ? "kernels" : purpose;
        Set<String> ids = new HashSet<>();
        for (KernelCase c : cases) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("plan has two cases with id " + c.id());
            }
        }
        if (destroyDeviceAfterCase != null && !ids.contains(destroyDeviceAfterCase)) {
            throw new IllegalArgumentException("destroyDeviceAfterCase names no case of the plan: " + destroyDeviceAfterCase);
        }
        if (hangAtCase != null && !ids.contains(hangAtCase)) {
            throw new IllegalArgumentException("hangAtCase names no case of the plan: " + hangAtCase);
        }
        for (String id : timings.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("a timing names no case of the plan: " + id);
            }
        }
    }

    public Plan(String backend, TimingSpec timing, List<KernelCase> cases) {
        this(backend, timing, Map.of(), cases, null, null, null);
    }

    /** The -D settings' backend and timing for every case. */
    public static Plan of(Settings settings, List<KernelCase> cases) {
        return new Plan(settings.backend(), TimingSpec.of(settings), cases);
    }

    /** For correctness suites: {@link TimingSpec#correctness()} for every case. */
    public static Plan correctness(String backend, List<KernelCase> cases) {
        return new Plan(backend, TimingSpec.correctness(), cases);
    }

    /** How the case of this id is timed. */
    public TimingSpec timingOf(String caseId) {
        return timings.getOrDefault(caseId, timing);
    }

    /** The same plan on another backend policy, e.g. to force WASM for one run. */
    public Plan withBackend(String policy) {
        return new Plan(policy, timing, timings, cases, purpose, destroyDeviceAfterCase, hangAtCase);
    }

    public Plan withPurpose(String newPurpose) {
        return new Plan(backend, timing, timings, cases, newPurpose, destroyDeviceAfterCase, hangAtCase);
    }

    /** The same plan with this case timed differently. */
    public Plan withTiming(String caseId, TimingSpec spec) {
        Map<String, TimingSpec> next = new LinkedHashMap<>(timings);
        next.put(caseId, spec);
        return new Plan(backend, timing, next, cases, purpose, destroyDeviceAfterCase, hangAtCase);
    }

    /** The same plan with the WebGPU device destroyed after the given case. */
    public Plan withDeviceDestroyedAfter(String caseId) {
        return new Plan(backend, timing, timings, cases, purpose, caseId, hangAtCase);
    }

    /** TEST ONLY: the same plan with the page stuck in an endless script loop when it reaches the given case. */
    public Plan withPageHangAt(String caseId) {
        return new Plan(backend, timing, timings, cases, purpose, destroyDeviceAfterCase, caseId);
    }

    /** The input blobs the server hands out for this plan, by blob name. */
    public Map<String, byte[]> blobs() {
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        for (KernelCase c : cases) {
            for (InputTensor input : c.inputs()) {
                blobs.put(c.blobName(input), input.bytes());
            }
        }
        return blobs;
    }

    /** The weight files the server streams for this plan, by file id; one id names one file across the plan. */
    public Map<String, Path> files() {
        Map<String, Path> files = new LinkedHashMap<>();
        for (KernelCase c : cases) {
            for (WeightFile file : c.weights()) {
                Path previous = files.putIfAbsent(file.id(), file.path());
                if (previous != null && !previous.equals(file.path())) {
                    throw new IllegalArgumentException("plan names two files " + file.id() + ": " + previous + " and "
                            + file.path());
                }
            }
        }
        return files;
    }

    /** The {@code plan} message for this run (no expected values), for the protocol codec to serialise. */
    public PlanMessage toMessage(String runId) {
        return PlanMessage.of(runId, this);
    }
}

package dev.webaccel.workload;

import dev.webaccel.config.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page run does: measurement settings and the cases, in order.
 *
 * @param backend the backend policy: auto, webgpu, wasm, wasm-scalar (or wasm-simd, wasm-simd-threads per run)
 * @param tickMultiple js/measure.js batches runs per timed sample until a sample lasts this many times the
 *     page's completion tick (Firefox observes GPU completion on a ~100 ms tick)
 * @param destroyDeviceAfterCase a real fault for fault-injection tests: the page calls {@code device.destroy()}
 *     on its WebGPU device right after this case, so the later cases meet a lost device; null for none
 */
public record Plan(String backend, int warmup, int iterations, long minTimeMs, int tickMultiple, List<KernelCase> cases,
                   String destroyDeviceAfterCase) {
    public static final int DEFAULT_TICK_MULTIPLE = 20;

    public Plan {
        cases = List.copyOf(cases);
        if (tickMultiple < 1) {
            throw new IllegalArgumentException("tickMultiple must be >= 1, was " + tickMultiple);
        }
        if (destroyDeviceAfterCase != null && cases.stream().noneMatch(c -> c.id().equals(destroyDeviceAfterCase))) {
            throw new IllegalArgumentException("destroyDeviceAfterCase names no case of the plan: " + destroyDeviceAfterCase);
        }
    }

    public Plan(String backend, int warmup, int iterations, long minTimeMs, int tickMultiple, List<KernelCase> cases) {
        this(backend, warmup, iterations, minTimeMs, tickMultiple, cases, null);
    }

    public Plan(String backend, int warmup, int iterations, long minTimeMs, List<KernelCase> cases) {
        this(backend, warmup, iterations, minTimeMs, DEFAULT_TICK_MULTIPLE, cases, null);
    }

    public static Plan of(Settings settings, List<KernelCase> cases) {
        return new Plan(settings.backend(), settings.warmup(), settings.iterations(), settings.minTimeMs(),
                settings.tickMultiple(), cases);
    }

    /**
     * For correctness suites: each case runs once cold and once timed, with no warm-up and no batching against
     * the completion tick (a sample may be as short as one tick), so a 49-case Firefox run stays in seconds.
     */
    public static Plan correctness(String backend, List<KernelCase> cases) {
        return new Plan(backend, 0, 1, 0, 1, cases);
    }

    /** The same plan on another backend policy, e.g. to force WASM for one run. */
    public Plan withBackend(String policy) {
        return new Plan(policy, warmup, iterations, minTimeMs, tickMultiple, cases, destroyDeviceAfterCase);
    }

    /** The same plan with the WebGPU device destroyed after the given case. */
    public Plan withDeviceDestroyedAfter(String caseId) {
        return new Plan(backend, warmup, iterations, minTimeMs, tickMultiple, cases, caseId);
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

    /** The JSON-ready form sent to the page as the {@code plan} message (no expected values). */
    public Map<String, Object> toMessage(String runId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("v", 1);
        message.put("type", "plan");
        message.put("run", runId);
        Map<String, Object> settings = new LinkedHashMap<>(Map.of("backend", backend, "warmup", warmup,
                "iterations", iterations, "minTimeMs", minTimeMs, "tickMultiple", tickMultiple));
        if (destroyDeviceAfterCase != null) {
            settings.put("destroyDeviceAfterCase", destroyDeviceAfterCase);
        }
        message.put("settings", settings);
        message.put("cases", cases.stream().map(Plan::caseMessage).toList());
        return message;
    }

    private static Map<String, Object> caseMessage(KernelCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("op", c.op());
        m.put("params", c.params());
        m.put("kernel", Map.of("file", c.kernel().file(), "entry", c.kernel().entry(), "constants", c.kernel().constants()));
        m.put("inputs", c.inputs().stream().map(i -> Map.of("name", i.name(), "dtype", i.dtype(), "shape", i.shape(),
                "blob", c.blobName(i))).toList());
        m.put("output", Map.of("shape", c.outputShape()));
        return m;
    }
}

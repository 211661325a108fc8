package dev.webaccel.report;

import dev.webaccel.claims.Backend;
import dev.webaccel.claims.Gap;
import dev.webaccel.claims.Measurement;
import dev.webaccel.claims.Selector;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one page run into claim measurements. Per case that ran on a known backend and passed its output check:
 * <ul>
 *   <li>{@value #WARM}: the timed samples' GPU time (timestamp queries) when every timed sample has one, else
 *   their wall-clock per-run time; the timing method says which;</li>
 *   <li>{@value #WARM_WALL}: always the wall-clock per-run time (for claims that compare a GPU backend with
 *   WebAssembly, which has no GPU time);</li>
 *   <li>{@value #COLD}: the cold sample (prepare + first run), one per page.</li>
 * </ul>
 * A case that did not run, failed its check or ran on an unknown backend gives no measurement but a {@link Gap}
 * saying why, so that claims needing it are INCONCLUSIVE with that reason.
 */
public final class ClaimsMeasurements {
    public static final String WARM = "warm-median-ms";
    public static final String WARM_WALL = "warm-wall-ms";
    public static final String COLD = "cold-ms";
    public static final String GPU_METHOD = "GPU timestamp-query (compute pass begin..end)";
    public static final String WALL_METHOD = "performance.now() to readback";
    public static final String COLD_METHOD = "performance.now() prepare + first run";

    /** Measurements and the gaps (cases that gave none) of one run. */
    public record Converted(List<Measurement> measurements, List<Gap> gaps) {
        public Converted {
            measurements = List.copyOf(measurements);
            gaps = List.copyOf(gaps);
        }
    }

    private ClaimsMeasurements() {
    }

    /**
     * @param requestedBackend the backend the run was asked for (the plan's backend; "auto" for the page's choice):
     *     a case that did not run becomes a gap for that backend
     */
    public static Converted from(RunResult run, String requestedBackend) {
        List<Measurement> out = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        String browser = run.browser().id();
        for (CaseOutcome outcome : run.cases()) {
            ClaimsWorkloadNames.Name name = ClaimsWorkloadNames.of(outcome.kernelCase().id());
            Optional<Backend> backend = backendOf(outcome.backend());
            String problem = problem(outcome, backend);
            if (problem != null) {
                Backend wanted = backendOf(requestedBackend).orElse(null);
                gaps.add(new Gap(name.workload(), null, new Selector(browser, wanted, name.variant(), null),
                        describeBackend(requestedBackend) + " did not run: " + problem));
                continue;
            }
            String adapter = backend.get() == Backend.WEBGPU ? run.capabilities().adapterLabel() : Measurement.NO_ADAPTER;
            List<Sample> timed = outcome.samples().stream().filter(s -> s.phase().equals("timed")).toList();
            double pageResolution = run.capabilities().timerResolutionMs();
            if (!timed.isEmpty()) {
                double[] wall = timed.stream().mapToDouble(Sample::wallMs).toArray();
                double wallResolution = wallResolution(timed, pageResolution);
                boolean allGpu = timed.stream().allMatch(s -> s.gpuMs() != null);
                if (allGpu) {
                    double[] gpu = timed.stream().mapToDouble(Sample::gpuMs).toArray();
                    out.add(new Measurement(browser, run.browserVersion(), adapter, backend.get(), name.workload(),
                            name.variant(), WARM, GPU_METHOD, pageResolution, gpu));
                } else {
                    out.add(new Measurement(browser, run.browserVersion(), adapter, backend.get(), name.workload(),
                            name.variant(), WARM, WALL_METHOD, wallResolution, wall));
                }
                out.add(new Measurement(browser, run.browserVersion(), adapter, backend.get(), name.workload(),
                        name.variant(), WARM_WALL, WALL_METHOD, wallResolution, wall));
            }
            outcome.coldWallMs().ifPresent(cold -> out.add(new Measurement(browser, run.browserVersion(), adapter,
                    backend.get(), name.workload(), name.variant(), COLD, COLD_METHOD,
                    Math.max(pageResolution, coldQuantum(outcome)), new double[] {cold})));
        }
        return new Converted(out, gaps);
    }

    /**
     * The coarsest quantization of a per-run wall time: the page's timer resolution, or the completion tick
     * spread over the batch (a sample's total can be late by up to one tick, so per run by tick/batch).
     */
    static double wallResolution(List<Sample> timed, double pageResolution) {
        double worst = pageResolution;
        for (Sample s : timed) {
            if (s.timerResolutionMs() != null) {
                worst = Math.max(worst, s.timerResolutionMs());
            }
            if (s.quantumMs() != null) {
                worst = Math.max(worst, s.quantumMs() / s.batch());
            }
        }
        return worst;
    }

    private static double coldQuantum(CaseOutcome outcome) {
        return outcome.samples().stream().filter(s -> s.phase().equals("cold") && s.quantumMs() != null)
                .mapToDouble(Sample::quantumMs).findFirst().orElse(0);
    }

    private static String problem(CaseOutcome outcome, Optional<Backend> backend) {
        if (!outcome.ran()) {
            return outcome.reason();
        }
        if (backend.isEmpty()) {
            return "it ran on backend '" + outcome.backend() + "', which claims do not know";
        }
        if (outcome.check().isEmpty() || !outcome.check().get().passed()) {
            return "its output failed the check against the Java reference ("
                    + outcome.check().map(c -> c.summary()).orElse("no check") + "): a wrong result's time is no measurement";
        }
        return null;
    }

    static Optional<Backend> backendOf(String id) {
        if (id == null || id.isBlank() || id.equalsIgnoreCase("auto") || id.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Backend.parse(id));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String describeBackend(String requested) {
        String r = requested == null ? "auto" : requested.toLowerCase(Locale.ROOT);
        if (r.startsWith("wasm")) {
            return "WASM backend";
        }
        return r.equals("auto") ? "the case" : r + " backend";
    }
}

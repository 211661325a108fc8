package dev.webaccel.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Measurements webaccel does not take, each with the exact reason, so the claims that need them are INCONCLUSIVE
 * with that reason rather than a generic "no measurement".
 */
public final class KnownGaps {
    private static final String PRECOMPILE_REASON = "shader precompilation on/off is not implemented as variants: "
            + "a cold-ms sample is one first inference on a fresh page or device (pipelines compiled once are cached "
            + "within it), and the harness takes one cold sample per case per page, so each side would have N=1 < 5";

    private KnownGaps() {
    }

    /** Features webaccel does not implement yet. */
    public static List<Gap> notImplemented(String matmulWorkload) {
        Selector any = new Selector(null, null, null, null);
        return List.of(
                new Gap("multi-component-load", "load-ms", any, "parallel model loading is not implemented in webaccel: "
                        + "there is no multi-component model whose sequential and concurrent loads could be timed, so "
                        + "load-ms was never measured"),
                new Gap(matmulWorkload, "cold-ms", new Selector(null, null, "precompile-on", null), PRECOMPILE_REASON),
                new Gap(matmulWorkload, "cold-ms", new Selector(null, null, "precompile-off", null), PRECOMPILE_REASON));
    }

    /**
     * The log-mel workloads of the claims file ({@code logmel-<seconds>s}) whose duration the run left out.
     *
     * @param secondsSetting the {@code -Dclaims.audio.seconds} value, e.g. "5,15"
     * @param workloadOf the workload name of a duration ("logmel-5s" for 5.0), as the case builders name it
     */
    public static List<Gap> durationsNotRun(ClaimsFile file, String secondsSetting,
                                            DoubleFunction<String> workloadOf) {
        List<String> run = Arrays.stream(secondsSetting.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(x -> workloadOf.apply(Double.parseDouble(x))).toList();
        List<Gap> gaps = new ArrayList<>();
        file.claims().stream().map(Claim::workload).filter(w -> w.startsWith("logmel-")).distinct()
                .filter(w -> !run.contains(w))
                .forEach(w -> gaps.add(new Gap(w, null, new Selector(null, null, null, null), w + " was not run: "
                        + "-Dclaims.audio.seconds=" + secondsSetting + " leaves it out")));
        return gaps;
    }
}

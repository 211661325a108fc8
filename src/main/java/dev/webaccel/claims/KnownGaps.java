package dev.webaccel.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measurements webaccel does not take, each with the exact reason, so the claims that need them are INCONCLUSIVE
 * with that reason rather than a generic "no measurement".
 */
public final class KnownGaps {
    /** The log-mel durations of the claims file. */
    public static final List<String> CLAIM_AUDIO_SECONDS = List.of("5", "15", "30", "60");

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
     * Log-mel durations of the claims file that the run left out.
     *
     * @param secondsSetting the {@code -Dclaims.audio.seconds} value, e.g. "5,15"
     * @param labelOf how a duration appears in workload names ("5" for 5.0)
     */
    public static List<Gap> durationsNotRun(String secondsSetting, java.util.function.DoubleFunction<String> labelOf) {
        List<String> run = Arrays.stream(secondsSetting.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(x -> labelOf.apply(Double.parseDouble(x))).toList();
        List<Gap> gaps = new ArrayList<>();
        for (String seconds : CLAIM_AUDIO_SECONDS) {
            if (!run.contains(seconds)) {
                gaps.add(new Gap("logmel-" + seconds + "s", null, new Selector(null, null, null, null), "logmel-"
                        + seconds + "s was not run: -Dclaims.audio.seconds=" + secondsSetting + " leaves it out"));
            }
        }
        return gaps;
    }
}

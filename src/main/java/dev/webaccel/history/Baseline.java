package dev.webaccel.history;

import java.util.Optional;

/**
 * What a run's workloads are compared with ({@code -Dbaseline}): by default the last complete run that measured
 * the same workload on the same environment fingerprint; a named run id or tag; or {@code last:K}, the last K such
 * complete runs with their samples pooled.
 */
public record Baseline(Kind kind, String name, int window) {
    public enum Kind { LAST, NAMED, WINDOW }

    public static Baseline last() {
        return new Baseline(Kind.LAST, "", 1);
    }

    public static Baseline parse(Optional<String> setting) {
        if (setting.isEmpty() || setting.get().isBlank() || setting.get().equals("last")) {
            return last();
        }
        String value = setting.get().trim();
        if (value.startsWith("last:")) {
            try {
                int k = Integer.parseInt(value.substring(5));
                if (k >= 1) {
                    return new Baseline(Kind.WINDOW, "", k);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("-Dbaseline=" + value + ": last:K needs a whole number K >= 1, e.g. "
                    + "-Dbaseline=last:5");
        }
        return new Baseline(Kind.NAMED, value, 1);
    }

    public String describe() {
        return switch (kind) {
            case LAST -> "the last complete run on the same environment";
            case NAMED -> "run or tag '" + name + "'";
            case WINDOW -> "the last " + window + " complete runs on the same environment, pooled";
        };
    }
}

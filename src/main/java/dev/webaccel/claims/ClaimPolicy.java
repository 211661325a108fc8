package dev.webaccel.claims;

import java.util.List;
import java.util.Locale;

/**
 * What a claim verdict does to the build. {@code report} (default): nothing fails; refuted and inconclusive claims
 * are reported loudly. {@code strict}: a REFUTED claim fails. INCONCLUSIVE never fails, in either mode: it means
 * "this machine cannot tell" (different adapters, a backend that did not run, a feature not implemented, too few
 * samples), and on a machine where Chromium runs on SwiftShader and Firefox on lavapipe every cross-browser claim is
 * inconclusive by design, so failing on it would make strict mean "always fails here" instead of "a claim is false".
 */
public enum ClaimPolicy {
    REPORT,
    STRICT;

    /** @param mode the -Dclaims value: report or strict */
    public static ClaimPolicy parse(String mode) {
        return switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "report" -> REPORT;
            case "strict" -> STRICT;
            default -> throw new IllegalArgumentException("claims policy must be report or strict, was '" + mode + "'");
        };
    }

    public boolean fails(ClaimResult result) {
        return this == STRICT && result.verdict() == Verdict.REFUTED;
    }

    /** The results that fail the build under this policy, in order. */
    public List<ClaimResult> failures(List<ClaimResult> results) {
        return results.stream().filter(this::fails).toList();
    }

    /** The results a person should look at (refuted or inconclusive), whatever the policy. */
    public static List<ClaimResult> needingAttention(List<ClaimResult> results) {
        return results.stream().filter(r -> r.verdict() != Verdict.SUPPORTED).toList();
    }

    /** The policy line of the claims report. */
    public String note() {
        return "Policy: -Dclaims=" + name().toLowerCase(java.util.Locale.ROOT) + " (" + (this == STRICT
                ? "a REFUTED claim fails the build" : "verdicts are reported, none fails the build")
                + "; INCONCLUSIVE never fails: see ClaimPolicy). Verdict rules: claims/README.md. Chromium runs on "
                + "SwiftShader and Firefox on lavapipe here, both CPU Vulkan implementations: figures describe these "
                + "adapters, and cross-browser claims are judged only on a shared adapter.";
    }
}

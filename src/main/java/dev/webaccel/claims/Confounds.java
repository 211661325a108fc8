package dev.webaccel.claims;

/**
 * Differences between the two sides other than the one the claim is about. Any of them means the ratio would
 * measure that difference instead, so the claim stays INCONCLUSIVE.
 */
final class Confounds {
    private Confounds() {
    }

    /** @return a reason, or null when A and B differ only in what the claim compares */
    static String find(Claim claim, Measurement a, Measurement b) {
        if (a.hasGpuAdapter() && b.hasGpuAdapter() && !a.adapter().equalsIgnoreCase(b.adapter())) {
            return "A ran on adapter " + a.adapter() + ", B on " + b.adapter() + ": the comparison measures the "
                    + "adapters, not the " + subject(claim) + "; run both on the same adapter";
        }
        if (!a.timingMethod().equalsIgnoreCase(b.timingMethod())) {
            return "A was timed with " + a.timingMethod() + ", B with " + b.timingMethod()
                    + ": the medians measure different things; time both sides the same way";
        }
        if (!claim.isCrossBrowser() && a.browser().equalsIgnoreCase(b.browser())
                && !a.browserVersion().equals(b.browserVersion())) {
            return "A ran " + a.browser() + " " + a.browserVersion() + ", B " + b.browser() + " "
                    + b.browserVersion() + ": the comparison mixes browser versions; measure both in one run";
        }
        return null;
    }

    private static String subject(Claim claim) {
        if (claim.isCrossBrowser()) {
            return "browsers";
        }
        if (claim.a().backend() != null && claim.a().backend() != claim.b().backend()) {
            return "backends";
        }
        return "variants";
    }
}

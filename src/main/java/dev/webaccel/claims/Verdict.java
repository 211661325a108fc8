package dev.webaccel.claims;

/** What the measurements say about a claim. The rules are in claims/README.md and {@link ClaimVerifier}. */
public enum Verdict {
    SUPPORTED,
    REFUTED,
    INCONCLUSIVE
}

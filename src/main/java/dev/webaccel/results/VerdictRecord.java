package dev.webaccel.results;

/**
 * The verdict on one claim as sinks keep it (the history database, reports): plain values, so that this package
 * needs nothing of the claims package that produces them.
 *
 * @param verdict SUPPORTED, REFUTED or INCONCLUSIVE
 * @param ratio R = time(B)/time(A), NaN when the data allowed no ratio; ratioLow/ratioHigh its bootstrap CI
 * @param p the Mann-Whitney p-value, NaN when not computed
 */
public record VerdictRecord(String claimId, String statement, String source, String expected, String verdict,
                            String reason, String sideA, String sideB, double ratio, double ratioLow,
                            double ratioHigh, double p) {
}

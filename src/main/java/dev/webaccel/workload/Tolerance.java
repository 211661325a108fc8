package dev.webaccel.workload;

/**
 * How far a browser output may be from the Java reference, and why.
 * An element passes when |actual - expected| <= absolute + relative * scale, where scale is the
 * element's own error scale (e.g. sum |a_ik * b_kj| for a dot product), given by the case.
 */
public record Tolerance(double absolute, double relative, String reason) {
}

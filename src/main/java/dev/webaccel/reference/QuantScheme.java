package dev.webaccel.reference;

/**
 * How a group of weights maps to unsigned codes q in [0, 2^bits - 1]; both dequantize as scale * (q - zero).
 * SYMMETRIC: zero = 2^(bits-1), scale = max|w| / (2^(bits-1) - 1), codes use zero +- (2^(bits-1) - 1).
 * ASYMMETRIC: range [min(w,0), max(w,0)] spread over all 2^bits codes, zero = round(-min / scale).
 */
public enum QuantScheme {
    SYMMETRIC,
    ASYMMETRIC
}

package dev.webaccel.protocol;

/** Field checks for message records; failures become {@link ProtocolException}s naming the field. */
final class Require {
    private Require() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or empty");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value;
    }

    static double finiteNonNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("field '" + field + "' must be a finite number >= 0, was " + value);
        }
        return value;
    }
}

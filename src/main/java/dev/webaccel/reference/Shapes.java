package dev.webaccel.reference;

final class Shapes {
    private Shapes() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package dev.webaccel.protocol;

/**
 * An error the page caught: never thrown away, always sent. Message and stack are kept up to {@link #MAX_CHARS}
 * characters each.
 *
 * @param caseId the case it belongs to, or null for page-level errors
 * @param kind e.g. shader-compilation, device-lost, limit-exceeded, uncaught
 */
public record PageError(String run, String caseId, String kind, String message, String stack) implements Message {
    public static final int MAX_CHARS = 64 * 1024;

    public PageError {
        Require.text(run, "run");
        kind = kind == null ? "uncaught" : Printable.truncate(kind, 100);
        message = message == null ? "" : Printable.truncate(message, MAX_CHARS);
        stack = stack == null ? "" : Printable.truncate(stack, MAX_CHARS);
    }
}

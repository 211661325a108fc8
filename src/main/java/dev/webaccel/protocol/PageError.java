package dev.webaccel.protocol;

/**
 * An error the page caught: never thrown away, always sent.
 *
 * @param caseId the case it belongs to, or null for page-level errors
 * @param kind e.g. shader-compilation, device-lost, limit-exceeded, uncaught
 */
public record PageError(String run, String caseId, String kind, String message, String stack) implements Message {
    public PageError {
        Require.text(run, "run");
        kind = kind == null ? "uncaught" : kind;
        message = message == null ? "" : message;
        stack = stack == null ? "" : stack;
    }
}

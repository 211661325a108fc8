package dev.webaccel.protocol;

/** A message was refused: malformed, unknown, oversized or invalid. The message says which and why. */
public final class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}

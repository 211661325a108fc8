package dev.webaccel.channel;

/** A wait ran out; the message says what was awaited, for how long, and what arrived last. */
public final class WaitTimeoutException extends RuntimeException {
    public WaitTimeoutException(String message) {
        super(message);
    }
}

package dev.webaccel.channel;

/**
 * A page's connection to its run was refused; the message says why.
 *
 * @param retryable whether the page may try again (the run still believes its previous connection alive)
 */
public final class ConnectionRefused extends RuntimeException {
    private final boolean retryable;

    public ConnectionRefused(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ConnectionRefused(String message) {
        this(message, false);
    }

    public boolean retryable() {
        return retryable;
    }
}

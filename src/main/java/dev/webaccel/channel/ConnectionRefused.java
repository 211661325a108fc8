package dev.webaccel.channel;

/** A page's connection to its run was refused; the message says why. */
public final class ConnectionRefused extends RuntimeException {
    public ConnectionRefused(String message) {
        super(message);
    }
}

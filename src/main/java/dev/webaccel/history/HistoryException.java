package dev.webaccel.history;

/** The history database cannot be used as asked; the message names the file or the problem and the fix. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.webaccel.claims;

/** A claims file that cannot be used; the message names the file, the claim id (or index) and the field. */
public class ClaimsFileException extends RuntimeException {
    public ClaimsFileException(String message) {
        super(message);
    }

    public ClaimsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

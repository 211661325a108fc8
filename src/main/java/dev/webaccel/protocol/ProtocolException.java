package dev.webaccel.protocol;

import java.util.Optional;

/**
 * A message was refused: malformed, unknown, oversized or invalid. The message says which and why; page text in it
 * is escaped and clipped ({@link Printable}).
 */
public final class ProtocolException extends RuntimeException {
    private final String caseId;

    public ProtocolException(String message) {
        this(message, (String) null);
    }

    /** @param caseId the case the refused message named, or null */
    public ProtocolException(String message, String caseId) {
        super(message);
        this.caseId = caseId;
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
        this.caseId = null;
    }

    /** The case the refused message named (a case-result or a sample), so the refusal can stand in for its result. */
    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }
}

package dev.webaccel.channel;

import java.util.Optional;

/**
 * A message the channel refused, with the reason (page text in it escaped and clipped).
 *
 * @param caseId the case the refused message named (a case-result or sample), or null
 */
public record Rejection(String reason, String caseId) {
    public Optional<String> forCase() {
        return Optional.ofNullable(caseId);
    }
}

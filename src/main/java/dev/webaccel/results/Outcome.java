package dev.webaccel.results;

import dev.webaccel.protocol.CaseStatus;

/**
 * How the case ended: status, the reason the page gave (why this backend, or why nothing ran), and how many output
 * readbacks one timed run took (a graph on WebGPU: 1).
 */
public record Outcome(CaseStatus status, String reason, Integer readbacksPerRun) {
    public boolean ran() {
        return status == CaseStatus.OK;
    }
}

package dev.webaccel.results;

import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.MemoryReport;

/**
 * How the case ended: status, the reason the page gave (why this backend, or why nothing ran), how many output
 * readbacks one timed run took (a graph on WebGPU: 1), and what the session held (null when not run or not told).
 */
public record Outcome(CaseStatus status, String reason, Integer readbacksPerRun, MemoryReport memory) {
    public Outcome(CaseStatus status, String reason, Integer readbacksPerRun) {
        this(status, reason, readbacksPerRun, null);
    }

    public boolean ran() {
        return status == CaseStatus.OK;
    }
}

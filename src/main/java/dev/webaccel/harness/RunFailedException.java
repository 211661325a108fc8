package dev.webaccel.harness;

import dev.webaccel.results.ResultRecord;
import java.util.List;
import java.util.Optional;

/**
 * A page run stopped before its {@code done} ({@link RunFault}). The cases that finished before the fault are kept:
 * their records went to the results like any others, and {@link #finished} holds them. The session's browser was
 * stopped; the message says what happened, what was kept and what to do.
 */
public final class RunFailedException extends RuntimeException {
    private final RunFault fault;
    private final transient Optional<RunResult> finished;

    RunFailedException(RunFailure failure, Optional<RunResult> finished, Throwable cause) {
        super(failure.message(), cause);
        this.fault = failure.fault();
        this.finished = finished;
    }

    public RunFault fault() {
        return fault;
    }

    /** The cases whose results arrived before the fault, or empty when the page had not even sent its capabilities. */
    public Optional<RunResult> finished() {
        return finished;
    }

    /** The records kept from this run (already handed to the results). */
    public List<ResultRecord> kept() {
        return finished.map(RunResult::records).orElse(List.of());
    }
}

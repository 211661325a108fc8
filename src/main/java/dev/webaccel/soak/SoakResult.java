package dev.webaccel.soak;

import java.util.ArrayList;
import java.util.List;

/**
 * A soak's figures: the checkpoints (before, warm, end), every session's timing, and the processes seen in any
 * session that are still alive (by pid and start time, so also those re-parented away from this JVM).
 */
public record SoakResult(String browser, ResourceSnapshot before, ResourceSnapshot warm, ResourceSnapshot end,
                         List<SessionTiming> sessions, List<SessionProcess> survivors) {
    public SoakResult {
        sessions = List.copyOf(sessions);
        survivors = List.copyOf(survivors);
    }

    public List<ResourceSnapshot> checkpoints() {
        return List.of(before, warm, end);
    }

    /** Sessions counted after the warm-up, those the bounds are about. */
    public List<SessionTiming> measured() {
        return sessions.subList(warm.sessions(), sessions.size());
    }

    /** Everything wrong: failed runs, surviving processes, and what exceeds {@code bounds}; empty when clean. */
    public List<String> problems(ResourceBounds bounds) {
        List<String> problems = new ArrayList<>();
        sessions.stream().filter(s -> !s.passed())
                .forEach(s -> problems.add("session " + s.index() + ": " + s.problem()));
        if (!survivors.isEmpty()) {
            problems.add(survivors.size() + " process(es) of closed sessions still alive "
                    + SessionSoak.EXIT_GRACE_MS / 1000 + " s after the last checkpoint: " + survivors);
        }
        problems.addAll(bounds.violations(before, warm, end));
        return problems;
    }
}

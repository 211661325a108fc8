package dev.webaccel.soak;

import java.time.Duration;

/**
 * One session of a soak: how long it took to start, to run its plan and to close, and how many processes it had.
 *
 * @param index 1 for the first session, warm-up included
 * @param processes processes of the session's tree just before it closed (driver, browser, helpers, Xvfb)
 * @param problem why its run did not pass, or null when it did
 */
public record SessionTiming(int index, Duration start, Duration run, Duration close, int processes, String problem) {
    public Duration total() {
        return start.plus(run).plus(close);
    }

    public boolean passed() {
        return problem == null;
    }
}

package dev.webaccel.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or a timeout passes. The clock and the sleep are injectable so
 * tests can run timeouts instantly. A timeout message says what was awaited, for how long, and what
 * was seen last.
 */
public final class Waiter {
    /** Pauses the waiting thread; the real one sleeps, a test one advances a fake clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;

    public Waiter(Clock clock, Sleeper sleeper, Duration pollInterval) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
    }

    public static Waiter system() {
        return new Waiter(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), Duration.ofMillis(20));
    }

    /**
     * Waits for {@code condition} to give a value.
     *
     * @param what what is awaited, e.g. "run 3f2a (firefox) to send 'done'"
     * @param lastSeen describes what arrived last, for the timeout message
     */
    public <T> T until(String what, Duration timeout, Supplier<Optional<T>> condition, Supplier<String> lastSeen) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new WaitTimeoutException("Timed out after " + describe(timeout) + " waiting for " + what
                        + "; last seen: " + lastSeen.get());
            }
            try {
                sleeper.sleep(pollInterval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaitTimeoutException("Interrupted while waiting for " + what + "; last seen: " + lastSeen.get());
            }
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

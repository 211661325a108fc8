package dev.webaccel.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class WaiterTest {

    /** A clock that only moves when the waiter sleeps. */
    private static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    public void returnsTheValueOnceTheConditionHolds() {
        FakeClock clock = new FakeClock();
        Waiter waiter = new Waiter(clock, clock::advance, Duration.ofMillis(100));
        AtomicInteger polls = new AtomicInteger();
        String value = waiter.until("x", Duration.ofSeconds(5),
                () -> polls.incrementAndGet() == 3 ? Optional.of("ready") : Optional.empty(), () -> "");
        assertThat(value).isEqualTo("ready");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00.200Z"));
    }

    public void timeoutSaysWhatForHowLongAndWhatArrivedLast() {
        FakeClock clock = new FakeClock();
        Waiter waiter = new Waiter(clock, clock::advance, Duration.ofMillis(250));
        assertThatThrownBy(() -> waiter.until("run ab12 (firefox) to send 'done'", Duration.ofSeconds(3),
                Optional::empty, () -> "4 message(s), last a Sample"))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessage("Timed out after 3 s waiting for run ab12 (firefox) to send 'done';"
                        + " last seen: 4 message(s), last a Sample");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:03Z"));
    }
}

package dev.webaccel.history;

import dev.webaccel.results.Machine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** What the history keeps about a suite run before its first case: id, tag, start, machine and settings (JSON). */
public record RunStart(String runId, Optional<String> tag, Instant startedAt, Machine machine, String settingsJson) {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** A run id that sorts by time and does not collide: {@code 20261202-165501-3fa2}. */
    public static String newRunId(Instant startedAt) {
        return ID_TIME.format(startedAt) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }
}

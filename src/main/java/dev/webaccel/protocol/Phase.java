package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which part of the measurement protocol a sample comes from ({@code web-assets/js/vocabulary.js PHASES}): the cold
 * run (prepare + first operation), a warm-up (not counted) or a timed sample.
 */
public enum Phase {
    COLD("cold"),
    WARMUP("warmup"),
    TIMED("timed");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Phase parse(String text) {
        for (Phase p : values()) {
            if (p.id.equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("field 'phase' must be cold, warmup or timed, was '" + text + "'");
    }
}

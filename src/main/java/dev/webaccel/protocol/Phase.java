package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which part of the measurement protocol a sample comes from ({@code web-assets/js/vocabulary.js PHASES}): the cold
 * run (prepare + first operation), a warm-up (not counted) or a timed sample.
 */
public enum Phase implements Spelled {
    COLD("cold"),
    WARMUP("warmup"),
    TIMED("timed");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static Phase parse(String text) {
        return Spelled.parse(Phase.class, text, "phase");
    }
}

package dev.webaccel.results;

import com.fasterxml.jackson.annotation.JsonValue;

/** The series a record carries; the ids are the metric names of claims/guide-claims.json. */
public enum Metric {
    /** Per-operation time of the timed samples: GPU timestamps where every sample has one, else wall clock. */
    WARM_MS("warm-median-ms"),
    /** Per-operation wall-clock time of the timed samples, always (to compare a GPU backend with WebAssembly). */
    WARM_WALL_MS("warm-wall-ms"),
    /** The cold sample: prepare + first operation, one per page run. */
    COLD_MS("cold-ms"),
    /** Fetching the case's inputs and weights (models: header checks, byte ranges, widening), one per page run. */
    LOAD_MS("load-ms");

    private final String id;

    Metric(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}

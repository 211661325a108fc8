package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a case ended on the page ({@code web-assets/js/vocabulary.js STATUSES}). */
public enum CaseStatus implements Spelled {
    /** It ran; the output is attached. */
    OK("ok"),
    /** No backend may run it here; the reason says why. */
    NOT_RUN("not-run"),
    /** It failed on the page; an error message says how. */
    ERROR("error");

    private final String id;

    CaseStatus(String id) {
        this.id = id;
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static CaseStatus parse(String text) {
        return Spelled.parse(CaseStatus.class, text, "status");
    }
}

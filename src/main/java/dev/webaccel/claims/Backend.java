package dev.webaccel.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Compute backend a measurement ran on; {@link #id()} is the spelling used in claims and reports. */
public enum Backend {
    WEBGPU("webgpu"),
    WASM("wasm"),
    WASM_SCALAR("wasm-scalar"),
    WEBNN("webnn");

    private final String id;

    Backend(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Backend parse(String text) {
        for (Backend b : values()) {
            if (b.id.equals(text.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + text + "' (known: " + known() + ")");
    }

    static String known() {
        return Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}

package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The compute backend a case ran on, spelled as the page spells it ({@code web-assets/js/vocabulary.js BACKENDS}).
 * {@link #WASM} is never sent by the page: it is the family "SIMD WebAssembly, with or without threads" that claims
 * select with ({@link #covers}).
 */
public enum Backend {
    WEBGPU("webgpu"),
    WEBNN("webnn"),
    WASM_SIMD_THREADS("wasm-simd-threads"),
    WASM_SIMD("wasm-simd"),
    WASM_SCALAR("wasm-scalar"),
    NONE("none"),
    WASM("wasm");

    private final String id;

    Backend(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Backend parse(String text) {
        if (text == null) {
            return NONE;
        }
        for (Backend b : values()) {
            if (b.id.equals(text.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + text + "' (known: " + known() + ")");
    }

    /** Every WebAssembly flavour (and the family itself). */
    public boolean isWasm() {
        return this == WASM || this == WASM_SIMD || this == WASM_SIMD_THREADS || this == WASM_SCALAR;
    }

    /** Whether a selector naming this backend selects a measurement that ran on {@code actual}. */
    public boolean covers(Backend actual) {
        if (this == WASM) {
            return actual == WASM || actual == WASM_SIMD || actual == WASM_SIMD_THREADS;
        }
        return this == actual;
    }

    public static String known() {
        return Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}

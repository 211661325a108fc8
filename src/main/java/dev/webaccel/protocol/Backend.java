package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The compute backend a case ran on, spelled as the page spells it ({@code web-assets/js/vocabulary.js BACKENDS}).
 * {@link #WASM} is never sent by the page: it is the family "SIMD WebAssembly, with or without threads" that claims
 * select with ({@link #covers}).
 */
public enum Backend implements Spelled {
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
    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static Backend parse(String text) {
        return text == null ? NONE : Spelled.parse(Backend.class, text.toLowerCase(Locale.ROOT), "backend");
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
        return Spelled.known(Backend.class);
    }

    @Override
    public String toString() {
        return id;
    }
}

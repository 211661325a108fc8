package dev.webaccel.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compute backend a measurement ran on; {@link #id()} is the spelling used in claims and reports. The page's
 * WebAssembly fallback reports its flavour (wasm-simd, wasm-simd-threads, wasm-scalar); in a claim,
 * {@code wasm} means "the SIMD WebAssembly fallback", with or without threads ({@link #covers}).
 */
public enum Backend {
    WEBGPU("webgpu"),
    WASM("wasm"),
    WASM_SIMD("wasm-simd"),
    WASM_SIMD_THREADS("wasm-simd-threads"),
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

    /** Whether a selector naming this backend selects a measurement that ran on {@code actual}. */
    public boolean covers(Backend actual) {
        if (this == WASM) {
            return actual == WASM || actual == WASM_SIMD || actual == WASM_SIMD_THREADS;
        }
        return this == actual;
    }

    static String known() {
        return Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}

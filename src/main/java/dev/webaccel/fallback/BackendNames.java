package dev.webaccel.fallback;

import java.util.Set;

/**
 * The backend names a case-result carries: webgpu, webnn, wasm-simd-threads, wasm-simd, wasm-scalar (or none).
 * Every name starting with "wasm" is WebAssembly.
 */
public final class BackendNames {
    public static final Set<String> WASM_FLAVOURS = Set.of("wasm-simd-threads", "wasm-simd", "wasm-scalar");

    private BackendNames() {
    }

    public static boolean isWasm(String backend) {
        return backend != null && backend.startsWith("wasm");
    }
}

package dev.webaccel.results;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.Capabilities;

/**
 * Where a record was measured: browser and its exact version, the GPU adapter ("none" off WebGPU), the backend that
 * ran, WebAssembly threads, the page's timer resolution, and the page's full capability report.
 *
 * @param adapter the adapter label for WebGPU records, "none" for every other backend
 * @param threads worker threads of a WebAssembly run (1 for one thread), null for other backends
 */
public record Environment(String browser, String browserVersion, String adapter, Backend backend, Integer threads,
                          double timerResolutionMs, Capabilities capabilities) {
    public static final String NO_ADAPTER = "none";

    /** "firefox 153.8.0 on SwiftShader Device (Subzero)": the label every figure of this environment carries. */
    public String label() {
        return browser + " " + browserVersion + " on " + (capabilities == null ? adapter : capabilities.adapterLabel());
    }
}

package dev.webaccel.protocol;

/**
 * What a case's session held, as the page's allocator counted it.
 *
 * @param deviceBytes bytes of every buffer (WebGPU) or resident tensor (WASM linear memory) the session created:
 *     inputs, weights, intermediates and the output
 * @param weightBytes the part of {@code deviceBytes} holding weights read from safetensors files
 * @param method how they were counted (names the backend's allocator)
 */
public record MemoryReport(long deviceBytes, long weightBytes, String method) {
    public MemoryReport {
        if (deviceBytes < 0 || weightBytes < 0 || weightBytes > deviceBytes) {
            throw new ProtocolException("memory: deviceBytes " + deviceBytes + " and weightBytes " + weightBytes
                    + " must be >= 0 with weightBytes <= deviceBytes");
        }
        method = method == null ? "" : method;
    }
}

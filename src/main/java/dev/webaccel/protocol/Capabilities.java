package dev.webaccel.protocol;

import java.util.List;
import java.util.Map;

/**
 * What one browser page can do, as detected by {@code web-assets/js/capabilities.js}
 * (the guide's BrowserCapabilityDetector).
 */
public record Capabilities(
        String browserName,
        String browserVersion,
        String userAgent,
        WebGpu webgpu,
        WebNn webnn,
        Wasm wasm,
        boolean crossOriginIsolated,
        boolean sharedArrayBuffer,
        double timerResolutionMs,
        int hardwareConcurrency) {

    public Capabilities {
        Require.present(webgpu, "capabilities.webgpu");
        Require.present(webnn, "capabilities.webnn");
        Require.present(wasm, "capabilities.wasm");
        Require.finiteNonNegative(timerResolutionMs, "capabilities.timerResolutionMs");
        browserName = browserName == null ? "" : browserName;
        browserVersion = browserVersion == null ? "" : browserVersion;
        userAgent = userAgent == null ? "" : userAgent;
    }

    /** The adapter's name as a label: "swiftshader", "lavapipe", a GPU description, or "none". */
    public String adapterLabel() {
        if (!webgpu.available() || webgpu.adapter() == null) {
            return "none";
        }
        return webgpu.adapter().label();
    }

    public record WebGpu(boolean available, String reason, Adapter adapter, List<String> features, Map<String, Double> limits) {
        public WebGpu {
            features = features == null ? List.of() : List.copyOf(features);
            limits = limits == null ? Map.of() : Map.copyOf(limits);
            reason = reason == null ? "" : reason;
        }

        public boolean hasFeature(String feature) {
            return features.contains(feature);
        }
    }

    public record Adapter(String vendor, String architecture, String device, String description, boolean isFallbackAdapter) {
        public Adapter {
            vendor = vendor == null ? "" : vendor;
            architecture = architecture == null ? "" : architecture;
            device = device == null ? "" : device;
            description = description == null ? "" : description;
        }

        /**
         * A short name for labelling figures. Firefox leaves adapter.info empty; on Linux without a GPU
         * its adapter is Mesa lavapipe, but we only say what was reported, never guess.
         */
        public String label() {
            for (String candidate : new String[] {description, architecture, device, vendor}) {
                if (!candidate.isBlank()) {
                    return candidate;
                }
            }
            return isFallbackAdapter ? "unnamed fallback adapter" : "unnamed adapter";
        }
    }

    public record WebNn(boolean apiPresent, Map<String, ContextProbe> contexts) {
        public WebNn {
            contexts = contexts == null ? Map.of() : Map.copyOf(contexts);
        }

        public boolean anyContext() {
            return contexts.values().stream().anyMatch(ContextProbe::created);
        }
    }

    public record ContextProbe(boolean created, String error) {
        public ContextProbe {
            error = error == null ? "" : error;
        }
    }

    public record Wasm(boolean supported, boolean simd, boolean threads, boolean relaxedSimd) {
    }
}

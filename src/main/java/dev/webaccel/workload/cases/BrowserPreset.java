package dev.webaccel.workload.cases;

import java.util.Locale;

/**
 * Named per-browser tunables, as the guide hands them out (e.g. Firefox audio "256x1x1"). They are presets
 * to run and measure, not claims: whether a preset is faster is decided by benchmarks, never assumed here.
 *
 * @param audioWorkgroup workgroup size of the log-mel kernels (WG of logmel.wgsl)
 */
public record BrowserPreset(String name, int audioWorkgroup) {
    /** The guide's {@code optimize_for_firefox({"workgroup_size": "256x1x1"})}. */
    public static final BrowserPreset FIREFOX = new BrowserPreset("firefox", 256);
    /** The value the guide's Chrome path is compared with. */
    public static final BrowserPreset CHROME = new BrowserPreset("chrome", 128);
    /** Every other engine: the kernel defaults. */
    public static final BrowserPreset DEFAULT = new BrowserPreset("default", 256);

    public BrowserPreset {
        if (audioWorkgroup <= 0 || Integer.bitCount(audioWorkgroup) != 1) {
            throw new IllegalArgumentException("audio workgroup must be a power of two, was " + audioWorkgroup);
        }
    }

    public static BrowserPreset of(String browser) {
        if (browser == null) {
            return DEFAULT;
        }
        return switch (browser.trim().toLowerCase(Locale.ROOT)) {
            case "firefox" -> FIREFOX;
            case "chrome", "chromium" -> CHROME;
            default -> DEFAULT;
        };
    }
}

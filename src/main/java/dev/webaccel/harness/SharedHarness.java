package dev.webaccel.harness;

import dev.webaccel.config.Settings;

/** The one harness server of a test suite, started on first use and stopped by the suite listener. */
public final class SharedHarness {
    private static Harness harness;

    private SharedHarness() {
    }

    public static synchronized Harness get() {
        if (harness == null) {
            harness = Harness.start(Settings.fromEnvironment());
        }
        return harness;
    }

    public static synchronized void close() {
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }
}

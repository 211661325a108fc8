package dev.webaccel.browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The engines webaccel drives. {@link #parse} fails on names it does not know. */
public enum Browser {
    CHROME("chrome", "Chrome/Chromium"),
    FIREFOX("firefox", "Firefox"),
    EDGE("edge", "Microsoft Edge"),
    SAFARI("safari", "Safari (macOS)"),
    WEBKIT("webkit", "WebKitGTK (Safari's engine on Linux)");

    private final String id;
    private final String displayName;

    Browser(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Browser parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("chromium")) {
            return CHROME;
        }
        for (Browser b : values()) {
            if (b.id.equals(wanted)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown browser '" + name + "'. Use one of "
                + Arrays.stream(values()).map(Browser::id).collect(Collectors.joining(", "))
                + ", or all / available, e.g. -Dbrowser=firefox or -Dbrowser=chrome,webkit");
    }

    @Override
    public String toString() {
        return id;
    }
}

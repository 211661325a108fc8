package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import java.util.ArrayList;
import java.util.List;

/** Picks one side of a claim out of the measurements; a null field matches anything. Matching ignores case. */
public record Selector(String browser, Backend backend, String variant, String adapter) {

    public static final List<String> FIELDS = List.of("browser", "backend", "variant", "adapter");

    public boolean isEmpty() {
        return browser == null && backend == null && variant == null && adapter == null;
    }

    public boolean matches(Measurement m) {
        return same(browser, m.browser()) && (backend == null || backend.covers(m.backend()))
                && same(variant, m.variant()) && same(adapter, m.adapter());
    }

    /** "browser=firefox, backend=webgpu, variant=optimized". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "browser", browser);
        add(parts, "backend", backend == null ? null : backend.id());
        add(parts, "variant", variant);
        add(parts, "adapter", adapter);
        return String.join(", ", parts);
    }

    /** "firefox/webgpu/optimized": compact, for table cells. */
    public String shortName() {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {browser, backend == null ? null : backend.id(), variant, adapter}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}

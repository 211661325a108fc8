package dev.webaccel.browser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which engines a suite runs, from {@code -Dbrowser}: a name, a comma list, {@code all} (every engine;
 * the absent ones are reported as skipped with the reason) or {@code available} (those installed here).
 */
public record BrowserSelection(List<Browser> browsers, boolean explicit) {

    public static BrowserSelection parse(String value, Predicate<Browser> installed) {
        String spec = value == null || value.isBlank() ? "available" : value.trim().toLowerCase();
        Set<Browser> chosen = new LinkedHashSet<>();
        boolean explicit = true;
        for (String part : spec.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("all")) {
                chosen.addAll(EnumSet.allOf(Browser.class));
            } else if (name.equals("available")) {
                explicit = false;
                EnumSet.allOf(Browser.class).stream().filter(installed).forEach(chosen::add);
            } else {
                chosen.add(Browser.parse(name));
            }
        }
        return new BrowserSelection(new ArrayList<>(chosen), explicit);
    }
}

package dev.webaccel.testng;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's categories ({@code categories.json}): Allure puts a result in every category whose statuses include
 * its status and whose regular expression matches its whole message (Allure compiles it with DOTALL). The keywords
 * are those of webaccel's real messages: "REFUTED", "performance regression:", the page's "fell back to
 * WebAssembly", BrowserUnavailableException's "is not available" and the install commands, Waiter's "Timed out
 * after".
 */
public final class AllureCategories {
    public record Category(String name, List<String> matchedStatuses, String messageRegex) {
    }

    private record Rule(String name, List<String> statuses, String keywords) {
        Category category() {
            return new Category(name, statuses, "(?is).*(?:" + keywords + ").*");
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Refuted claims", List.of("failed"), "\\brefuted\\b"),
            new Rule("Performance regressions", List.of("failed"), "regression"),
            new Rule("Fallbacks", List.of("skipped", "failed"), "fell back|fallback"),
            new Rule("Missing browsers or drivers", List.of("skipped", "broken", "failed"),
                    "not installed|is not available|no driver|BrowserUnavailable|apt-get"),
            new Rule("Timeouts", List.of("broken", "failed"), "timed out|timeout|WaitTimeoutException"));

    private AllureCategories() {
    }

    /**
     * The categories above, then Allure's own defaults ("Product defects" for failed, "Test defects" for broken)
     * restricted to results no category above takes. Allure adds its defaults only to results that match nothing,
     * and a catch-all default listed here would match everything; the negative lookahead keeps each result in one
     * place.
     */
    public static List<Category> all() {
        List<Category> all = new ArrayList<>(RULES.stream().map(Rule::category).toList());
        all.add(otherwise("Product defects", "failed"));
        all.add(otherwise("Test defects", "broken"));
        return all;
    }

    public static String json() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Category otherwise(String name, String status) {
        String taken = RULES.stream().filter(r -> r.statuses().contains(status)).map(Rule::keywords)
                .collect(Collectors.joining("|"));
        return new Category(name, List.of(status), "(?is)(?!.*(?:" + taken + ")).*");
    }
}

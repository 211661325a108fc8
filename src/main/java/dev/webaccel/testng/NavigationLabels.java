package dev.webaccel.testng;

import static io.qameta.allure.util.ResultsUtils.EPIC_LABEL_NAME;
import static io.qameta.allure.util.ResultsUtils.PARENT_SUITE_LABEL_NAME;
import static io.qameta.allure.util.ResultsUtils.SUB_SUITE_LABEL_NAME;
import static io.qameta.allure.util.ResultsUtils.SUITE_LABEL_NAME;
import static io.qameta.allure.util.ResultsUtils.TEST_CLASS_LABEL_NAME;
import static io.qameta.allure.util.ResultsUtils.createEpicLabel;
import static io.qameta.allure.util.ResultsUtils.createFeatureLabel;
import static io.qameta.allure.util.ResultsUtils.createParentSuiteLabel;
import static io.qameta.allure.util.ResultsUtils.createStoryLabel;
import static io.qameta.allure.util.ResultsUtils.createSuiteLabel;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts every test result (unit and browser tests alike) in its place of {@link AllureNavigation} just before Allure
 * writes it. Registered through META-INF/services/io.qameta.allure.listener.TestLifecycleListener.
 */
public final class NavigationLabels implements TestLifecycleListener {
    static final String BROWSER_LABEL = "browser";
    private static final Set<String> SUITE_LABELS = Set.of(PARENT_SUITE_LABEL_NAME, SUITE_LABEL_NAME, SUB_SUITE_LABEL_NAME);

    @Override
    public void beforeTestWrite(TestResult result) {
        apply(result);
    }

    static void apply(TestResult result) {
        Optional<String> testClass = label(result, TEST_CLASS_LABEL_NAME);
        if (testClass.isEmpty()) {
            return;
        }
        String className = testClass.get();
        // Set by BrowserTestBase before the test runs. Not allure-testng's sub-suite: that is the ITest name of the
        // class's first factory instance, the same for every browser.
        Optional<String> browser = AllureNavigation.isBrowserTest(className) ? label(result, BROWSER_LABEL)
                : Optional.empty();
        boolean hasBehavior = label(result, EPIC_LABEL_NAME).isPresent();

        List<Label> labels = new ArrayList<>(distinct(result.getLabels(), Label::getName, Label::getValue));
        labels.removeIf(l -> SUITE_LABELS.contains(l.getName()));
        labels.add(createParentSuiteLabel(AllureNavigation.parentSuite(className, browser)));
        labels.add(createSuiteLabel(AllureNavigation.simpleName(className)));
        if (!hasBehavior) {
            AllureNavigation.Place place = AllureNavigation.place(className);
            labels.add(createEpicLabel(place.epic()));
            labels.add(createFeatureLabel(place.feature()));
            labels.add(createStoryLabel(AllureNavigation.story(className, browser)));
        }
        result.setLabels(labels);
        // RunLabels may add the same parameter once per page run of a test.
        result.setParameters(distinct(result.getParameters(), Parameter::getName, Parameter::getValue));
        // allure-testng's history id hashes class, method and method parameters, not the factory's browser: without
        // the browser, Chrome's and Firefox's result of one test would count as retries of each other.
        if (result.getHistoryId() != null && browser.isPresent()) {
            result.setHistoryId(result.getHistoryId() + "-" + browser.get());
        }
    }

    private static Optional<String> label(TestResult result, String name) {
        return result.getLabels() == null ? Optional.empty() : result.getLabels().stream()
                .filter(l -> name.equals(l.getName()) && l.getValue() != null && !l.getValue().isBlank())
                .map(Label::getValue).findFirst();
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> name, Function<T, String> value) {
        Map<List<String>, T> unique = new LinkedHashMap<>();
        if (items != null) {
            items.forEach(item -> unique.putIfAbsent(List.of(String.valueOf(name.apply(item)),
                    String.valueOf(value.apply(item))), item));
        }
        return new ArrayList<>(unique.values());
    }
}

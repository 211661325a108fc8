package dev.webaccel.testng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class NavigationLabelsTest {

    /** The labels allure-testng 2.33 gives a test (seen in allure-results/ of a real run). */
    private static TestResult fromAllureTestNg(String testClass, String subSuite, String... extra) {
        List<Label> labels = new ArrayList<>(List.of(label("package", testClass), label("testClass", testClass),
                label("parentSuite", "Surefire suite"), label("suite", "Surefire test"), label("subSuite", subSuite)));
        for (int i = 0; i < extra.length; i += 2) {
            labels.add(label(extra[i], extra[i + 1]));
        }
        return new TestResult().setHistoryId("7a656b79").setLabels(labels).setParameters(new ArrayList<>());
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    public void aBrowserTestGoesUnderItsBrowserAndClass() {
        TestResult r = fromAllureTestNg("dev.webaccel.it.FirstWorkloadIT", "FirstWorkloadIT[chrome]",
                "browser", "chrome", "browserVersion", "156", "browser", "chrome", "browserVersion", "156");
        NavigationLabels.apply(r);
        assertThat(r.getLabels()).extracting(Label::getName, Label::getValue).contains(
                tuple("parentSuite", "chrome"), tuple("suite", "FirstWorkloadIT"), tuple("epic", "Capabilities"),
                tuple("feature", "Capabilities and first workload"), tuple("story", "chrome"))
                .doesNotContain(tuple("parentSuite", "Surefire suite"), tuple("suite", "Surefire test"))
                .containsOnlyOnce(tuple("browser", "chrome"), tuple("browserVersion", "156"));
        assertThat(r.getLabels()).extracting(Label::getName).doesNotContain("subSuite");
        assertThat(r.getHistoryId()).as("one history per browser").isEqualTo("7a656b79-chrome");
    }

    public void aTestSkippedBeforeAnyPageRunGoesUnderItsBrowser() {
        // allure-testng names every instance's sub-suite after the class's first instance (here Edge's)
        TestResult r = fromAllureTestNg("dev.webaccel.it.ClaimsIT", "ClaimsIT[edge]", "browser", "safari");
        NavigationLabels.apply(r);
        assertThat(r.getLabels()).extracting(Label::getName, Label::getValue)
                .contains(tuple("parentSuite", "safari"), tuple("suite", "ClaimsIT"), tuple("epic", "Claims"));
        assertThat(r.getHistoryId()).isEqualTo("7a656b79-safari");
    }

    public void aBrowserTestWithoutABrowserGoesUnderAllBrowsers() {
        TestResult r = fromAllureTestNg("dev.webaccel.it.EnginesPresentIT", "dev.webaccel.it.EnginesPresentIT");
        NavigationLabels.apply(r);
        assertThat(r.getLabels()).extracting(Label::getName, Label::getValue)
                .contains(tuple("parentSuite", "all browsers"), tuple("story", "all browsers"));
        assertThat(r.getHistoryId()).isEqualTo("7a656b79");
    }

    public void aUnitTestGoesUnderUnitTests() {
        TestResult r = fromAllureTestNg("dev.webaccel.stats.SummaryTest", "dev.webaccel.stats.SummaryTest");
        NavigationLabels.apply(r);
        assertThat(r.getLabels()).extracting(Label::getName, Label::getValue).contains(
                tuple("parentSuite", "unit tests"), tuple("suite", "SummaryTest"), tuple("epic", "Claims"),
                tuple("feature", "Statistics"), tuple("story", "SummaryTest"));
        assertThat(r.getHistoryId()).isEqualTo("7a656b79");
    }

    public void aBehaviorSetOnTheTestItselfIsKept() {
        TestResult r = fromAllureTestNg("dev.webaccel.stats.SummaryTest", "dev.webaccel.stats.SummaryTest",
                "epic", "Mine", "feature", "Own");
        NavigationLabels.apply(r);
        assertThat(r.getLabels()).extracting(Label::getName).containsOnlyOnce("epic", "feature");
        assertThat(r.getLabels()).extracting(Label::getValue).contains("Mine", "Own");
    }

    public void repeatedParametersAreWrittenOnce() {
        TestResult r = fromAllureTestNg("dev.webaccel.it.FirstWorkloadIT", "FirstWorkloadIT[chrome]");
        r.getParameters().addAll(List.of(new Parameter().setName("adapter").setValue("SwiftShader"),
                new Parameter().setName("adapter").setValue("SwiftShader")));
        NavigationLabels.apply(r);
        assertThat(r.getParameters()).hasSize(1);
    }

    public void isRegisteredWithAllure() {
        assertThat(ServiceLoader.load(TestLifecycleListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(NavigationLabels.class);
    }
}

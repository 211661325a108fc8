package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.harness.SuiteContext;
import dev.webaccel.history.HistorySink;
import dev.webaccel.history.Regression;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.SuiteListener;
import java.util.List;
import java.util.stream.Collectors;
import org.testng.ITestContext;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * After every browser suite: this run's workloads against the history's baseline ({@code -Dbaseline}). Flagged
 * regressions are reported always and fail the build only with {@code -Dregressions=strict}.
 */
@Test(groups = "history")
public class RegressionCheckIT {

    public void noPerformanceRegressionAgainstTheBaseline(ITestContext test) {
        SuiteContext suite = SuiteListener.context(test);
        HistorySink history = suite.history().orElseThrow(() -> new SkipException(
                "history turned off (-Ddb.path=none): no baseline to compare with"));
        List<Regression> findings = history.regressions();
        Attachments.text("regressions against the baseline", findings.stream().map(Regression::describe)
                .collect(Collectors.joining("\n")));
        List<String> flagged = findings.stream().filter(r -> r.flag() == Regression.Flag.REGRESSION)
                .map(Regression::describe).toList();
        if (suite.settings().strictRegressions()) {
            assertThat(flagged).as("performance regression: " + flagged.size() + " workload(s) slower than the "
                    + "baseline (-Dregressions=strict)\n" + String.join("\n", flagged)).isEmpty();
        }
    }
}

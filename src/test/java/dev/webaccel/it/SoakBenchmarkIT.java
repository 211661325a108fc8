package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.soak.ResourceBounds;
import dev.webaccel.soak.SoakResult;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * SoakIT at full size (-Dbenchmarks=true; group benchmark): 2 warm-up + 100 sessions (-Dsoak.benchmark.sessions) in
 * every selected engine, with the same bounds. About 4 s per Chromium session on a 2-core VM.
 */
@Test(groups = "benchmark")
public class SoakBenchmarkIT extends BrowserTestBase {

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public SoakBenchmarkIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=SoakBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome)");
        }
    }

    public void hundredsOfSessionsLeaveNothingBehind() {
        SoakResult result = LoadRuns.sessionsInARow(settings, browser, settings.soakBenchmarkSessions());
        assertThat(result.problems(ResourceBounds.DEFAULT)).as("what " + result.sessions().size()
                + " sessions in a row left behind in " + browser.id()).isEmpty();
    }
}

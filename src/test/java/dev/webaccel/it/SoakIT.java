package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.soak.ResourceBounds;
import dev.webaccel.soak.SoakResult;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Browser sessions one after another (start, one tiny plan, close) leak nothing into the test JVM: no descendant
 * process survives, file descriptors and threads come back to the warm baseline within a small slack, and the heap
 * after GC grows by less than a bound per session ({@link ResourceBounds#DEFAULT}). Default suite: 2 warm-up + 5
 * sessions (-Dsoak.sessions) in one engine (Chromium when selected, see BrowserFactory#one); every engine and 100
 * sessions: SoakBenchmarkIT.
 */
@Test(groups = "browser")
public class SoakIT extends BrowserTestBase {

    @Factory(dataProvider = "one", dataProviderClass = BrowserFactory.class)
    public SoakIT(Browser browser) {
        super(browser);
    }

    public void sessionsInARowLeaveNothingBehind() {
        SoakResult result = LoadRuns.sessionsInARow(settings, browser, settings.soakSessions());
        assertThat(result.problems(ResourceBounds.DEFAULT)).as("what " + result.sessions().size()
                + " sessions in a row left behind in " + browser.id()).isEmpty();
    }
}

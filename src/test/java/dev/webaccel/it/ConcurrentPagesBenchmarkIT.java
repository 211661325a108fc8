package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.soak.ConcurrentPages;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import java.time.Duration;
import java.util.List;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * ConcurrentPagesIT at full size (-Dbenchmarks=true; group benchmark): 8 pages in tabs of one session stream 10,000
 * sample messages each at once, in every selected engine; every run receives exactly its own. About 25-30 s per
 * engine on a 2-core VM (the pages' processes use the CPU: ~0.3 ms per message in Chromium).
 */
@Test(groups = "benchmark")
public class ConcurrentPagesBenchmarkIT extends BrowserTestBase {
    static final int PAGES = 8;
    static final int SAMPLES = 10_000;
    private List<ConcurrentPages.Page> pages;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public ConcurrentPagesBenchmarkIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=ConcurrentPagesBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome)");
        }
        pages = LoadRuns.concurrentPages(settings, browser, session(), PAGES, SAMPLES);
    }

    public void everyPageGotExactlyItsOwnTenThousandSamples() {
        assertThat(pages).hasSize(PAGES);
        assertThat(ConcurrentPages.problems(pages, SAMPLES)).isEmpty();
    }

    public void allPagesFinishedInBoundedTime() {
        assertThat(LoadRuns.allDone(pages)).as("until the last of " + PAGES + " pages was done")
                .isLessThan(Duration.ofSeconds(120));
    }
}

package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.soak.ConcurrentPages;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import java.time.Duration;
import java.util.List;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * 8 pages in tabs of one browser session stream their samples at once (a 64-element add on scalar WASM, timed
 * -Dload.samples - 1 times after its cold sample: 2,000 sample messages each), and every run receives exactly its
 * own: none lost, none twice, none filed under another page's case, nothing refused. One engine (Chromium when
 * selected); 10,000 samples per page in every engine: ConcurrentPagesBenchmarkIT.
 */
@Test(groups = "browser")
public class ConcurrentPagesIT extends BrowserTestBase {
    static final int PAGES = 8;
    private List<ConcurrentPages.Page> pages;

    @Factory(dataProvider = "one", dataProviderClass = BrowserFactory.class)
    public ConcurrentPagesIT(Browser browser) {
        super(browser);
    }

    @Override
    protected void prepare() {
        pages = LoadRuns.concurrentPages(settings, browser, session(), PAGES, settings.loadSamples());
    }

    public void everyPageGotExactlyItsOwnSamples() {
        assertThat(pages).hasSize(PAGES);
        assertThat(ConcurrentPages.problems(pages, settings.loadSamples())).isEmpty();
    }

    public void allPagesFinishedInBoundedTime() {
        assertThat(LoadRuns.allDone(pages)).as("until the last of " + PAGES + " pages was done")
                .isLessThan(Duration.ofSeconds(60));
    }
}

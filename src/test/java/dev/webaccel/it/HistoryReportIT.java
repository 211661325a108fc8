package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.history.report.ReportFiles;
import dev.webaccel.history.report.ReportFixture;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * The history report (rendered from the rendering fixture, not from measurements) opened from disk in a real
 * browser: every chart is drawn by ECharts onto a non-empty canvas, and the page reports no error.
 */
@Test(groups = "browser")
public class HistoryReportIT extends BrowserTestBase {
    private ReportFiles files;
    private Map<String, Object> page;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public HistoryReportIT(Browser browser) {
        super(browser);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void prepare() {
        files = ReportFixture.writeReport(ReportFixture.RUN_2, Path.of("target", "history-report-it", browser.id()));
        openFile(files.html());
        page = (Map<String, Object>) scriptResource("/dev/webaccel/it/history-report-check.js");
    }

    @Test
    @SuppressWarnings("unchecked")
    public void everyChartIsRenderedOntoAPaintedCanvas() {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) page.get("charts");
        assertThat(charts).as("chart containers: trends, comparisons, box plots").hasSize(6);
        assertThat(charts).allSatisfy(c -> {
            assertThat(c.get("rendered")).as(c.get("id") + " data-rendered").isEqualTo("true");
            assertThat(((Number) c.get("canvases")).intValue()).as(c.get("id") + " canvases").isPositive();
            assertThat(((Number) c.get("painted")).intValue()).as(c.get("id") + " non-transparent pixels")
                    .isGreaterThan(2000);
        });
    }

    @Test
    public void thePageReportsNoErrors() {
        assertThat((List<?>) page.get("errors")).as("errors report.js caught").isEmpty();
        assertThat((String) page.get("errorsBox")).as("#report-errors").isEmpty();
        assertThat(page.get("title")).isEqualTo("webaccel report: run " + ReportFixture.RUN_2);
    }

    @Test
    public void markupInTheDataDidNotRun() {
        assertThat(page.get("injected")).as("the </script> in a claim statement stayed text").isEqualTo(false);
    }

    @Test
    public void attachesAScreenshotOfTheWholePage() throws IOException {
        byte[] png = session().wholePageScreenshot(1400, 12_000).orElseThrow();
        Files.write(files.html().resolveSibling("screenshot.png"), png);
        Attachments.png(browser.id() + " history report", png);
        assertThat(png.length).isGreaterThan(10_000);
    }
}

package dev.webaccel.history.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.history.HistoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** The report rendered from {@link ReportFixture} (made-up rows, for rendering only). */
@Test(groups = "unit")
public class HistoryReportTest {
    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"report-data\">";
    private static final Pattern CHART_DIV = Pattern.compile("<div class=\"chart chart-\\w+\" id=\"([^\"]+)\">");

    private Connection db;
    private Path dir;
    private ReportFiles files;
    private String html;
    private String markdown;

    @BeforeClass(alwaysRun = true)
    public void generate() throws Exception {
        db = ReportFixture.create();
        dir = Files.createTempDirectory("history-report-test");
        files = HistoryReport.write(db, ReportFixture.RUN_2, dir);
        html = Files.readString(files.html());
        markdown = Files.readString(files.markdown());
    }

    @AfterClass(alwaysRun = true)
    public void close() throws Exception {
        db.close();
    }

    public void writesBothFilesIntoTheDirectory() {
        assertThat(files.html()).isEqualTo(dir.resolve("report.html")).exists();
        assertThat(files.markdown()).isEqualTo(dir.resolve("report.md")).exists();
    }

    public void isSelfContained() {
        for (String external : List.of("src=\"http", "href=\"http", "src='http", "href='http", "<link", "<script src",
                "@import", "url(http")) {
            assertThat(html.contains(external)).as("report.html contains " + external).isFalse();
        }
        assertContains(html, "echarts");
        assertThat(html.length()).as("ECharts inlined").isGreaterThan(1_000_000);
        assertContains(html, "Content-Security-Policy\" content=\"default-src 'none'");
    }

    public void dataJsonParsesAndHoldsEveryRun() throws Exception {
        JsonNode data = data();
        assertThat(data.get("currentRunId").asText()).isEqualTo(ReportFixture.RUN_2);
        List<String> runs = new ArrayList<>();
        data.get("runs").forEach(r -> runs.add(r.get("runId").asText()));
        assertThat(runs).containsExactly(ReportFixture.RUN_1, ReportFixture.RUN_2, ReportFixture.RUN_3);
        JsonNode charts = data.get("charts");
        assertThat(charts.get("trendRuns").asInt()).as("complete runs plus the current one").isEqualTo(2);
        assertThat(charts.get("trends")).hasSize(2);
        assertThat(charts.get("comparisons")).hasSize(2);
        assertThat(charts.get("boxes")).hasSize(2);
        JsonNode trendSeries = charts.get("trends").get(0).get("series");
        trendSeries.forEach(s -> assertThat(s.get("points")).as("the incomplete run is not in the trend").hasSize(2));
    }

    public void everyChartContainerHasDataAndEveryChartAContainer() throws Exception {
        List<String> containers = new ArrayList<>();
        Matcher m = CHART_DIV.matcher(html);
        while (m.find()) {
            containers.add(m.group(1));
        }
        List<String> specs = new ArrayList<>();
        data().get("charts").forEach(list -> list.forEach(c -> {
            if (c.has("id")) {
                specs.add(c.get("id").asText());
            }
        }));
        assertThat(containers).hasSize(6).containsExactlyInAnyOrderElementsOf(specs);
    }

    public void scriptEndInAClaimStatementCannotBreakOut() {
        assertThat(count(html, "</script>")).as("only the three script elements end").isEqualTo(3);
        assertThat(count(html, "<script")).isEqualTo(3);
        assertContains(html, "markup in a statement \\u003c/script>\\u003cscript>window.__pwned = 1\\u003c/script>",
                "markup in a statement &lt;/script&gt;&lt;script&gt;");
        assertThat(markdown.contains("</script>")).as("markdown holds a raw </script>").isFalse();
        assertContains(markdown, "&lt;/script>");
    }

    public void headerNamesTheRunAndItsMachine() {
        assertContains(html, "webaccel run <code>fixture-run-2</code>", "v0.2", "bbbb222", "fixture-host",
                "id=\"run-state\" class=\"badge complete\">complete<", "3 run(s), 2 complete");
    }

    public void regressionsAreColouredWithRatioCiPAndCliffsDelta() {
        assertContains(html, "<tr class=\"flag-REGRESSION\">", "<tr class=\"flag-IMPROVEMENT\">",
                "<tr class=\"flag-NOT_COMPARED\">", "1.300 [1.220, 1.380]", "0.0002", "0.800 [0.760, 0.840]",
                "no baseline: this environment did not run in fixture-run-1");
        assertThat(html.indexOf("flag-REGRESSION")).as("regressions first").isLessThan(html.indexOf("flag-IMPROVEMENT"));
    }

    public void claimsCarryTheirVerdictColour() {
        assertContains(html, "class=\"verdict verdict-SUPPORTED\">SUPPORTED<",
                "class=\"verdict verdict-REFUTED\">REFUTED<", "class=\"verdict verdict-INCONCLUSIVE\">INCONCLUSIVE<",
                "5.500 [5.400, 5.630]");
    }

    public void guideTablesShowTheGuidesFigureNextToTheMeasuredOneOrSayNotMeasured() {
        assertContains(html, "Firefox vs Chrome Audio Performance (Whisper Model)", "Memory Usage Comparison",
                "Loading Time Improvements", "First Inference Time with Shader Precompilation",
                "Optimization Impact by Feature", ">83ms<", ">19.3%<", ">not measured here<");
        // compute shaders, Firefox: R = 5.5 [5.4, 5.63] -> time reduction 1 - 1/R
        assertContains(html, "81.8% [81.5%, 82.2%]");
        // WASM vs WebGPU, Chrome: the performance share is R itself
        assertContains(html, "0.700 [0.650, 0.760]");
        // the logmel-5s medians of the current run, with N and method
        assertContains(html, "5.2 [", "6.06 [", "N=8 · performance.now() to readback",
                "N=8 · GPU timestamp-query (compute pass begin..end)");
    }

    public void environmentsListEveryRunAndFlagTheIncompleteOne() {
        assertContains(html, "class=\"run-cell state incomplete\">INCOMPLETE</td>", "wasm-simd-threads",
                "SwiftShader Device (Subzero)", "lavapipe", "cccc333-dirty");
    }

    public void markdownHasTheSectionsAndTheNumbers() {
        assertContains(markdown, "# webaccel run fixture-run-2", "## Regressions", "## Medians of this run",
                "## Trend: median of the last runs", "## Claims", "## The guide's tables, measured", "## Environments");
        assertContains(markdown, "**REGRESSION**", "**IMPROVEMENT**", "NOT_COMPARED", "1.300 [1.220, 1.380]",
                "5.2 ms (N=8)", "4 ms (N=8)");
        // medians with N and CI; the trend as the median of the earlier complete runs (run 1 only: 4 ms)
        assertContains(markdown, "| 5.2 [", "| 8 | performance.now() to readback |",
                "| 5.2 ms (N=8 · performance.now() to readback) | 4 ms | 1 | 1.300 |");
        assertContains(markdown, "**SUPPORTED**", "**REFUTED**", "**INCONCLUSIVE**", "fixture-run-3", "INCOMPLETE");
    }

    public void anIncompleteCurrentRunIsFlagged() throws Exception {
        ReportFiles f = HistoryReport.write(db, ReportFixture.RUN_3, Files.createTempDirectory("history-report-run3"));
        String page = Files.readString(f.html());
        assertContains(page, "class=\"badge incomplete\">INCOMPLETE<", "class=\"banner-incomplete\"",
                "no regression findings for run fixture-run-3", "no claims were judged in run fixture-run-3");
        assertThat(Files.readString(f.markdown())).startsWith("# webaccel run fixture-run-3 (INCOMPLETE)");
    }

    public void oneRunOnlyHasNoTrends() throws Exception {
        try (Connection one = ReportFixture.singleRun()) {
            ReportFiles f = HistoryReport.write(one, ReportFixture.RUN_1, Files.createTempDirectory("history-report-1"));
            assertContains(Files.readString(f.html()), "one run only: trends need two");
            assertThat(Files.readString(f.markdown())).contains("One run only: trends need two.");
        }
    }

    public void anUnknownRunIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> HistoryReport.write(db, "no-such-run", dir)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("'no-such-run'").hasMessageContaining("holds 3 run(s)")
                .hasMessageContaining(ReportFixture.RUN_3);
    }

    public void anEmptyDatabaseIsRefusedNamingTheRun() throws Exception {
        try (Connection empty = ReportFixture.empty()) {
            assertThatThrownBy(() -> HistoryReport.write(empty, "run-42", dir)).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("'run-42'").hasMessageContaining("holds no runs");
        }
    }

    private JsonNode data() throws Exception {
        int start = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    /** Fails naming the missing texts only (not the megabyte of HTML). */
    private static void assertContains(String text, String... needles) {
        List<String> missing = new ArrayList<>();
        for (String needle : needles) {
            if (!text.contains(needle)) {
                missing.add(needle);
            }
        }
        assertThat(missing).as("texts missing from the report").isEmpty();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

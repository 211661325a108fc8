package dev.webaccel.history.report;

import dev.webaccel.history.HistoryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The history report of one run: {@code report.html} (one self-contained page, charts drawn by ECharts, works offline
 * from file://) and {@code report.md} (the same sections as tables, for CI logs and pull requests).
 *
 * <p>Reads the history database ({@link ReportQuery}), groups the charts' data ({@link Charts}), regenerates the
 * guide's tables ({@link GuideTables}) and renders ({@link HtmlRenderer}, {@link MarkdownRenderer}).
 */
public final class HistoryReport {
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";

    private HistoryReport() {
    }

    /**
     * @param runId the run the report is about; every run in the database is its history
     * @throws HistoryException when the run is not in the database (the message names it), or writing fails
     */
    public static ReportFiles write(Connection db, String runId, Path outDir) {
        ReportModel model = new ReportQuery(db).load(runId);
        String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<GuideTables.Table> guide = GuideTables.of(model);
        String html = new HtmlRenderer(model, Charts.of(model), guide, generatedAt).render();
        String markdown = new MarkdownRenderer(model, guide, generatedAt).render();
        try {
            Files.createDirectories(outDir);
            Path htmlFile = Files.writeString(outDir.resolve(HTML), html, StandardCharsets.UTF_8);
            Path mdFile = Files.writeString(outDir.resolve(MARKDOWN), markdown, StandardCharsets.UTF_8);
            return new ReportFiles(htmlFile, mdFile);
        } catch (IOException e) {
            throw new HistoryException("could not write the report of run '" + runId + "' to " + outDir + ": "
                    + e.getMessage(), e);
        }
    }
}

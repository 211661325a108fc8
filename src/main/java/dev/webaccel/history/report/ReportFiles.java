package dev.webaccel.history.report;

import java.nio.file.Path;

/** The two files {@link HistoryReport#write} wrote: the self-contained HTML page and its markdown twin. */
public record ReportFiles(Path html, Path markdown) {
}

package dev.webaccel.history;

import java.nio.file.Path;

/** Writes the HTML and markdown reports of a run (filled in when the report lands). */
final class HistoryReports {
    private HistoryReports() {
    }

    static void write(HistoryDb db, String runId, Path dir) {
    }
}

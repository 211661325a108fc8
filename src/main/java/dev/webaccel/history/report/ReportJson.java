package dev.webaccel.history.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.history.report.ReportModel.Claim;
import dev.webaccel.history.report.ReportModel.Regression;
import dev.webaccel.history.report.ReportModel.Run;
import java.util.List;

/**
 * The data the page's script reads ({@code <script type="application/json" id="report-data">}): the runs, the chart
 * data, claims and regressions. Every {@code <} is written as {@code \u003c}, so no string in the data (a claim's
 * statement, a reason) can close the script element.
 */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The page's data: what report.js draws, plus the run, claims and regressions for readers of the raw JSON. */
    record Data(String generatedAt, String currentRunId, Run current, List<Run> runs, Charts charts,
                List<Claim> claims, List<Regression> regressions) {
    }

    private ReportJson() {
    }

    static String of(ReportModel m, Charts charts, String generatedAt) {
        Data data = new Data(generatedAt, m.current().runId(), m.current(), m.runs(), charts, m.claims(),
                m.regressions());
        try {
            return MAPPER.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report data as JSON: " + e.getMessage(), e);
        }
    }
}

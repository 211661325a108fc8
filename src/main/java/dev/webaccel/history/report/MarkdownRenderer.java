package dev.webaccel.history.report;

import dev.webaccel.history.report.ReportModel.Claim;
import dev.webaccel.history.report.ReportModel.Env;
import dev.webaccel.history.report.ReportModel.Regression;
import dev.webaccel.history.report.ReportModel.Run;
import dev.webaccel.history.report.ReportModel.RunEnv;
import dev.webaccel.history.report.ReportModel.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's markdown twin for CI logs and pull requests: the HTML page's sections as tables, no charts. Rendering
 * only, from the model, the regenerated guide tables and {@link RecentMedians}.
 */
final class MarkdownRenderer {
    private final ReportModel m;
    private final List<GuideTables.Table> guide;
    private final String generatedAt;

    MarkdownRenderer(ReportModel m, List<GuideTables.Table> guide, String generatedAt) {
        this.m = m;
        this.guide = guide;
        this.generatedAt = generatedAt;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        header(out);
        regressions(out);
        medians(out);
        trend(out);
        claims(out);
        guideTables(out);
        environments(out);
        return out.toString();
    }

    private void header(StringBuilder out) {
        Run r = m.current();
        out.append("# webaccel run ").append(r.runId()).append(r.complete() ? "" : " (INCOMPLETE)").append("\n\n");
        if (!r.complete()) {
            out.append("> **INCOMPLETE run**: the suite did not close normally; its figures are those of the cases "
                    + "that finished.\n\n");
        }
        out.append("- state: **").append(Labels.runState(r.complete())).append("**\n")
                .append("- tag: ").append(r.tag() == null ? "none" : r.tag()).append('\n')
                .append("- started: ").append(r.startedAt()).append(", finished: ")
                .append(r.finishedAt() == null ? "not finished" : r.finishedAt()).append('\n')
                .append("- commit: `").append(r.commit()).append("`\n")
                .append("- host: ").append(r.host()).append(", ").append(r.cores()).append(" cores, ").append(r.os())
                .append(", Java ").append(r.java()).append('\n')
                .append("- history: ").append(m.runs().size()).append(" run(s), ")
                .append(m.runs().stream().filter(Run::complete).count()).append(" complete\n")
                .append("- generated: ").append(generatedAt).append("\n\n");
    }

    private void regressions(StringBuilder out) {
        out.append("## Regressions\n\n");
        if (m.regressions().isEmpty()) {
            out.append("No regression findings for run ").append(m.current().runId())
                    .append(": it was not compared with a baseline.\n\n");
            return;
        }
        out.append("ratio = median(this run) / median(baseline): above 1 is slower.\n\n");
        Table t = new Table("flag", "workload", "environment", "metric", "this run (N)", "baseline (N)",
                "ratio [95% CI]", "p", "Cliff's δ", "baseline runs", "reason");
        for (Regression r : m.regressions()) {
            String flag = r.flag().equals("REGRESSION") || r.flag().equals("IMPROVEMENT") ? "**" + r.flag() + "**"
                    : r.flag();
            t.row(flag, Charts.workloadLabel(m, r.workloadId()), Charts.envLabel(m, r.envId()),
                    r.metric() + " (" + Labels.method(m.timingMethod(r.envId(), r.workloadId(), r.metric())) + ")",
                    Labels.ms(r.medianCurrent()) + " (N=" + r.nCurrent() + ")",
                    Labels.ms(r.medianBaseline()) + " (N=" + r.nBaseline() + ")",
                    Labels.ratio(r.ratio()) + " " + Labels.interval(r.ratioLow(), r.ratioHigh()), Labels.p(r.pValue()),
                    Labels.number(r.cliffsDelta()), r.baseline(), r.reason());
        }
        out.append(t.render()).append('\n');
    }

    private void medians(StringBuilder out) {
        out.append("## Medians of this run\n\n");
        List<Summary> rows = new ArrayList<>(m.currentSummaries(ReportModel.TREND_METRIC));
        if (rows.isEmpty()) {
            out.append("No ").append(ReportModel.TREND_METRIC).append(" summaries in run ").append(m.current().runId())
                    .append(".\n\n");
            return;
        }
        rows.sort(Comparator.comparing((Summary s) -> Charts.workloadLabel(m, s.workloadId()))
                .thenComparing(s -> Charts.envLabel(m, s.envId())));
        out.append(ReportModel.TREND_METRIC).append(", time per operation; 95% CI of the median (order statistics, "
                + "none below N=6).\n\n");
        Table t = new Table("workload", "environment", "median [95% CI]", "p10-p90", "N", "timing method");
        for (Summary s : rows) {
            t.row(Charts.workloadLabel(m, s.workloadId()), Charts.envLabel(m, s.envId()),
                    Labels.msWithCi(s.medianMs(), s.ciLowMs(), s.ciHighMs()),
                    s.p10Ms() == null || s.p90Ms() == null ? Labels.NONE
                            : Labels.number(s.p10Ms()) + "-" + Labels.number(s.p90Ms()) + " ms",
                    String.valueOf(s.n()), Labels.method(s.timingMethod()));
        }
        out.append(t.render()).append('\n');
    }

    private void trend(StringBuilder out) {
        out.append("## Trend: median of the last runs\n\n");
        List<RecentMedians.Row> rows = RecentMedians.of(m);
        if (m.runs().size() < 2) {
            out.append("One run only: trends need two.\n\n");
            return;
        }
        if (rows.isEmpty()) {
            out.append("No ").append(ReportModel.TREND_METRIC).append(" summaries in run ").append(m.current().runId())
                    .append(".\n\n");
            return;
        }
        out.append("The median of the medians of the last ").append(RecentMedians.LAST).append(" complete runs "
                + "before this one, same environment and workload (").append(ReportModel.TREND_METRIC)
                .append(").\n\n");
        Table t = new Table("workload", "environment", "this run (N, method)", "median of last runs", "runs",
                "this / last");
        for (RecentMedians.Row r : rows) {
            Summary s = r.current();
            t.row(Charts.workloadLabel(m, r.workloadId()), Charts.envLabel(m, r.envId()),
                    Labels.ms(s.medianMs()) + " (" + Labels.figure(s.n(), s.timingMethod()) + ")",
                    r.previous() == null ? "no earlier complete run" : Labels.ms(r.previous()),
                    String.valueOf(r.runs()),
                    r.previous() == null || r.previous() == 0 ? Labels.NONE : Labels.ratio(s.medianMs() / r.previous()));
        }
        out.append(t.render()).append('\n');
    }

    private void claims(StringBuilder out) {
        out.append("## Claims\n\n");
        if (m.claims().isEmpty()) {
            out.append("No claims were judged in run ").append(m.current().runId()).append(".\n\n");
            return;
        }
        Table t = new Table("verdict", "claim", "claimed R", "A", "B", "R = time(B)/time(A) [95% CI]", "p", "reason");
        for (Claim c : m.claims()) {
            t.row("**" + c.verdict() + "**", "**" + c.claimId() + "**: " + c.statement(), c.expected(), c.sideA(),
                    c.sideB(), Labels.ratio(c.ratio()) + " " + Labels.interval(c.ratioLow(), c.ratioHigh()),
                    Labels.p(c.pValue()), c.reason());
        }
        out.append(t.render()).append('\n');
    }

    private void guideTables(StringBuilder out) {
        out.append("## The guide's tables, measured\n\n")
                .append("The guide's cells verbatim (hypotheses from its simulation mode), then what run ")
                .append(m.current().runId()).append(" measured.\n\n");
        for (GuideTables.Table g : guide) {
            out.append("### ").append(g.title()).append("\n\n");
            if (!g.note().isEmpty()) {
                out.append(g.note()).append("\n\n");
            }
            List<String> headers = new ArrayList<>();
            g.guideColumns().forEach(h -> headers.add("guide: " + h));
            headers.addAll(g.measuredColumns());
            Table t = new Table(headers.toArray(String[]::new));
            for (GuideTables.Row row : g.rows()) {
                List<String> cells = new ArrayList<>(row.guide());
                if (row.allMissing().isPresent()) {
                    GuideTables.Cell c = row.allMissing().get();
                    cells.add(c.text() + " (" + c.detail() + ")");
                    while (cells.size() < headers.size()) {
                        cells.add("");
                    }
                } else {
                    for (GuideTables.Cell c : row.measured()) {
                        String text = c.style().startsWith("verdict-") ? "**" + c.text() + "**" : c.text();
                        cells.add(c.detail().isEmpty() ? text : text + " (" + c.detail() + ")");
                    }
                }
                t.row(cells.toArray());
            }
            out.append(t.render()).append('\n');
        }
    }

    private void environments(StringBuilder out) {
        out.append("## Environments\n\n");
        Table t = new Table("run", "state", "started", "browser", "version", "adapter", "backend", "threads",
                "timer resolution", "host", "cores", "commit", "cases");
        for (Run r : m.runs()) {
            String id = r.runId().equals(m.current().runId()) ? "**" + r.runId() + "**" : r.runId();
            List<RunEnv> used = m.runEnvironments().stream().filter(u -> u.runId().equals(r.runId())).toList();
            if (used.isEmpty()) {
                t.row(id, Labels.runState(r.complete()), r.startedAt(), "no cases recorded", "", "", "", "", "",
                        r.host(), r.cores(), "`" + r.commit() + "`", 0);
            }
            for (RunEnv u : used) {
                Env e = m.env(u.envId()).orElse(new Env(u.envId(), "?", "?", "?", "?", null, Double.NaN, "?", 0));
                t.row(id, Labels.runState(r.complete()), r.startedAt(), e.browser(), e.browserVersion(), e.adapter(),
                        e.backend(), e.threads() == null ? "" : e.threads(), Labels.ms(e.timerResolutionMs()), e.host(),
                        e.cores(), "`" + r.commit() + "`", u.cases());
            }
        }
        out.append(t.render()).append('\n');
    }

    /** A markdown table; cells are escaped for pipes and newlines. */
    private static final class Table {
        /** A "<" that could open a tag in a markdown viewer ("</script>" in a statement); "<100M" stays as it is. */
        private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
        private final StringBuilder out = new StringBuilder();
        private final int columns;

        Table(String... headers) {
            columns = headers.length;
            line(headers);
            out.append("|").append("---|".repeat(columns)).append('\n');
        }

        void row(Object... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns);
            }
            line(cells);
        }

        private void line(Object[] cells) {
            out.append('|');
            for (Object c : cells) {
                String s = c == null ? "" : String.valueOf(c);
                out.append(' ').append(TAG_START.matcher(s).replaceAll("&lt;").replace("|", "\\|").replace("\r", "")
                        .replace("\n", "<br>")).append(" |");
            }
            out.append('\n');
        }

        String render() {
            return out.toString();
        }
    }
}

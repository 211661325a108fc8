package dev.webaccel.history.report;

import static dev.webaccel.history.report.Html.empty;
import static dev.webaccel.history.report.Html.td;
import static dev.webaccel.history.report.Html.td2;
import static dev.webaccel.history.report.Html.text;

import dev.webaccel.history.report.Charts.BoxChart;
import dev.webaccel.history.report.Charts.CompareChart;
import dev.webaccel.history.report.Charts.TrendChart;
import dev.webaccel.history.report.ReportModel.Claim;
import dev.webaccel.history.report.ReportModel.Env;
import dev.webaccel.history.report.ReportModel.Regression;
import dev.webaccel.history.report.ReportModel.Run;
import dev.webaccel.history.report.ReportModel.RunEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one-file HTML page: the template with its style, the sections as HTML tables and chart containers, the data
 * JSON, report.js and ECharts inlined. Rendering only: everything comes from the model, the chart data and the
 * regenerated guide tables.
 */
final class HtmlRenderer {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(title|css|body|data|report-js|echarts)}}");

    private final ReportModel m;
    private final Charts charts;
    private final List<GuideTables.Table> guide;
    private final String generatedAt;

    HtmlRenderer(ReportModel m, Charts charts, List<GuideTables.Table> guide, String generatedAt) {
        this.m = m;
        this.charts = charts;
        this.guide = guide;
        this.generatedAt = generatedAt;
    }

    String render() {
        Map<String, String> slots = Map.of(
                "title", text("webaccel report: run " + m.current().runId()),
                "css", Resources.text(Resources.CSS),
                "body", body(),
                "data", ReportJson.of(m, charts, generatedAt),
                "report-js", Resources.inlineScript(Resources.text(Resources.JS)),
                "echarts", Resources.inlineScript(Resources.text(Resources.ECHARTS)));
        Matcher slot = SLOT.matcher(Resources.text(Resources.TEMPLATE));
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(slots.get(slot.group(1))));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private String body() {
        return header() + regressions() + trends() + comparison() + boxes() + claims() + guideTables()
                + environments();
    }

    private String header() {
        Run r = m.current();
        long complete = m.runs().stream().filter(Run::complete).count();
        StringBuilder out = new StringBuilder("<header class=\"top\">\n<div class=\"title-row\"><h1>webaccel run <code>")
                .append(text(r.runId())).append("</code></h1><span id=\"run-state\" class=\"badge ")
                .append(r.complete() ? "complete" : "incomplete").append("\">").append(Labels.runState(r.complete()))
                .append("</span></div>\n");
        if (!r.complete()) {
            out.append("<p class=\"banner-incomplete\">INCOMPLETE run: the suite did not close normally (killed or "
                    + "crashed). Its figures are those of the cases that finished; it is left out of other runs' "
                    + "trends.</p>\n");
        }
        out.append("<dl class=\"facts\">");
        fact(out, "tag", r.tag() == null ? "none" : r.tag());
        fact(out, "started", r.startedAt());
        fact(out, "finished", r.finishedAt() == null ? "not finished" : r.finishedAt());
        fact(out, "commit", r.commit());
        fact(out, "host", r.host());
        fact(out, "cores", String.valueOf(r.cores()));
        fact(out, "OS", r.os());
        fact(out, "Java", r.java());
        fact(out, "history", m.runs().size() + " run(s), " + complete + " complete");
        out.append("</dl>\n<nav>");
        for (String[] link : new String[][] {{"regressions", "Regressions"}, {"trends", "Trends"},
                {"comparison", "Browser x backend"}, {"samples", "Samples"}, {"claims", "Claims"},
                {"guide", "The guide's tables"}, {"environments", "Environments"}}) {
            out.append("<a href=\"#").append(link[0]).append("\">").append(link[1]).append("</a>");
        }
        return out.append("</nav>\n<p class=\"generated\">generated ").append(text(generatedAt))
                .append(" from the history database; run times as stored there</p>\n</header>\n")
                .append("<div id=\"report-errors\" role=\"alert\"></div>\n").toString();
    }

    private static void fact(StringBuilder out, String name, String value) {
        out.append("<div><dt>").append(text(name)).append("</dt><dd>").append(text(value)).append("</dd></div>");
    }

    private static String section(String id, String title, String lead, String content) {
        return "<section id=\"" + id + "\">\n<h2>" + text(title) + "</h2>\n"
                + (lead.isEmpty() ? "" : "<p class=\"lead\">" + text(lead) + "</p>\n") + content + "</section>\n";
    }

    private String regressions() {
        List<Regression> rows = m.regressions();
        if (rows.isEmpty()) {
            return section("regressions", "Regressions", "", empty("no regression findings for run "
                    + m.current().runId() + ": it was not compared with a baseline (the regressions table has no "
                    + "rows for it)"));
        }
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(Regression::flag, LinkedHashMap::new,
                Collectors.counting()));
        String lead = "ratio = median(this run) / median(baseline): above 1 is slower. " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
        StringBuilder t = new StringBuilder("<table class=\"regressions\">").append(Html.head(List.of("flag",
                "workload", "environment", "metric", "this run", "baseline", "ratio [95% CI]", "p", "Cliff's δ",
                "baseline runs", "reason"))).append("<tbody>\n");
        for (Regression r : rows) {
            String method = Labels.method(m.timingMethod(r.envId(), r.workloadId(), r.metric()));
            t.append("<tr class=\"flag-").append(text(r.flag())).append("\">")
                    .append(td("flag", text(r.flag())))
                    .append(td(text(Charts.workloadLabel(m, r.workloadId()))))
                    .append(td(text(Charts.envLabel(m, r.envId()))))
                    .append(td2(r.metric(), method))
                    .append(td2(Labels.ms(r.medianCurrent()), "N=" + r.nCurrent()))
                    .append(td2(Labels.ms(r.medianBaseline()), "N=" + r.nBaseline()))
                    .append(td("num", text(Labels.ratio(r.ratio()) + " " + Labels.interval(r.ratioLow(), r.ratioHigh()))))
                    .append(td("num", text(Labels.p(r.pValue()))))
                    .append(td("num", text(Labels.number(r.cliffsDelta()))))
                    .append(td(text(r.baseline())))
                    .append(td(text(r.reason()))).append("</tr>\n");
        }
        return section("regressions", "Regressions", lead, t.append("</tbody></table>\n").toString());
    }

    private String trends() {
        String lead = ReportModel.TREND_METRIC + " (time per operation): the median of each run with its p10-p90 as "
                + "whiskers, one line per environment (browser, version, adapter, backend); complete runs and this "
                + "run (" + charts.trendRuns() + " run(s)). Hover a point for its run, N and timing method.";
        if (charts.trendRuns() < 2) {
            return section("trends", "Trends per workload", "", empty(m.runs().size() < 2
                    ? "one run only: trends need two"
                    : "only " + charts.trendRuns() + " complete or current run: trends need two"));
        }
        StringBuilder out = new StringBuilder();
        if (charts.trends().isEmpty()) {
            out.append(empty("no workload was measured in two of these runs: trends need two"));
        }
        out.append("<div class=\"charts\">\n");
        for (TrendChart c : charts.trends()) {
            out.append(card(c.id(), "trend", c.title(), c.metric() + ", ms per operation: median per run, whiskers "
                    + "p10-p90, large dot = this run; the legend gives each line's N and timing method", ""));
        }
        out.append("</div>\n");
        if (!charts.noTrend().isEmpty()) {
            out.append("<p class=\"note\">in one run only, no trend: ").append(text(String.join(", ",
                    charts.noTrend()))).append("</p>\n");
        }
        return section("trends", "Trends per workload", lead, out.toString());
    }

    private String comparison() {
        if (charts.comparisons().isEmpty()) {
            return section("comparison", "Browser x backend, this run", "", empty("no " + ReportModel.TREND_METRIC
                    + " summaries in run " + m.current().runId()));
        }
        StringBuilder out = new StringBuilder("<div class=\"charts wide\">\n");
        for (CompareChart c : charts.comparisons()) {
            boolean missingCi = c.bars().stream().anyMatch(b -> b.ciLow() == null || b.ciHigh() == null);
            out.append(card(c.id(), "compare", c.title(), c.metric() + ", ms per operation: median, whisker = 95% CI of the median",
                    missingCi ? "<p>a bar without a whisker has no 95% CI (N &lt; 6)</p>" : ""));
        }
        return section("comparison", "Browser x backend, this run", "The median per environment with the "
                + "distribution-free 95% confidence interval of the median (order statistics) as whiskers. Each bar "
                + "is labelled with its N and timing method.", out.append("</div>\n").toString());
    }

    private String boxes() {
        if (charts.boxes().isEmpty()) {
            return section("samples", "Raw samples, this run", "", empty("no raw " + ReportModel.TREND_METRIC
                    + " samples in run " + m.current().runId()));
        }
        StringBuilder out = new StringBuilder("<div class=\"charts wide\">\n");
        for (BoxChart c : charts.boxes()) {
            out.append(card(c.id(), "box", c.title(), c.metric() + " samples, ms per operation", ""));
        }
        return section("samples", "Raw samples, this run", "Every timed sample (dots) with its box: min, first "
                + "quartile, median, third quartile, max (quartiles computed in Java, linear interpolation as in "
                + "every webaccel figure). Each box is labelled with its N and timing method.",
                out.append("</div>\n").toString());
    }

    private static String card(String id, String kind, String title, String subtitle, String captionHtml) {
        return "<figure class=\"card\"><h3>" + text(title) + "</h3><div class=\"subtitle\">" + text(subtitle)
                + "</div><div class=\"chart chart-" + kind + "\" id=\"" + text(id) + "\"></div>"
                + (captionHtml.isEmpty() ? "" : "<figcaption>" + captionHtml + "</figcaption>") + "</figure>\n";
    }

    private String claims() {
        if (m.claims().isEmpty()) {
            return section("claims", "The guide's claims, judged", "", empty("no claims were judged in run "
                    + m.current().runId()));
        }
        StringBuilder t = new StringBuilder("<table class=\"claims\">").append(Html.head(List.of("verdict", "claim",
                "claimed R", "A", "B", "R = time(B)/time(A) [95% CI]", "p", "reason"))).append("<tbody>\n");
        for (Claim c : m.claims()) {
            t.append("<tr>").append(td("verdict verdict-" + text(c.verdict()), text(c.verdict())))
                    .append(td("<strong>" + text(c.claimId()) + "</strong><div class=\"statement\">"
                            + text(c.statement()) + "</div><div class=\"detail\">" + text(c.source()) + "</div>"))
                    .append(td(text(c.expected())))
                    .append(td(text(c.sideA()))).append(td(text(c.sideB())))
                    .append(td("num", text(Labels.ratio(c.ratio()) + " " + Labels.interval(c.ratioLow(), c.ratioHigh()))))
                    .append(td("num", text(Labels.p(c.pValue()))))
                    .append(td(text(c.reason()))).append("</tr>\n");
        }
        return section("claims", "The guide's claims, judged", "SUPPORTED: the 95% bootstrap CI of R lies inside "
                + "the claimed range (and p < 0.05 for a claimed difference); REFUTED: entirely outside; "
                + "INCONCLUSIVE: this run cannot tell, with the reason. Each side names its browser, adapter and "
                + "timing method.", t.append("</tbody></table>\n").toString());
    }

    private String guideTables() {
        StringBuilder out = new StringBuilder();
        for (GuideTables.Table g : guide) {
            out.append("<h3>").append(text(g.title())).append("</h3><p class=\"detail\">guide: ")
                    .append(text(g.source())).append("</p>\n");
            if (!g.note().isEmpty()) {
                out.append("<p class=\"note\">").append(text(g.note())).append("</p>\n");
            }
            out.append("<table class=\"guide\" id=\"guide-").append(text(g.id())).append("\"><thead><tr><th colspan=\"")
                    .append(g.guideColumns().size()).append("\" class=\"guide-side\">the guide (hypotheses)</th>")
                    .append("<th colspan=\"").append(g.measuredColumns().size())
                    .append("\" class=\"measured-side\">measured here, run ").append(text(m.current().runId()))
                    .append("</th></tr><tr>");
            g.guideColumns().forEach(h -> out.append("<th class=\"guide-side\">").append(text(h)).append("</th>"));
            g.measuredColumns().forEach(h -> out.append("<th class=\"measured-side\">").append(text(h)).append("</th>"));
            out.append("</tr></thead><tbody>\n");
            for (GuideTables.Row row : g.rows()) {
                out.append("<tr>");
                row.guide().forEach(cell -> out.append(td("guide-side", text(cell))));
                if (row.allMissing().isPresent()) {
                    out.append(measuredCell(row.allMissing().get(), row.measured().size()));
                } else {
                    row.measured().forEach(cell -> out.append(measuredCell(cell, 1)));
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return section("guide", "The guide's tables, measured", "Every table of figures of the Web Platform "
                + "Integration Guide, its cells verbatim, next to what this run measured for the same thing. The "
                + "guide's numbers came from a simulation; 'not measured here' says why webaccel has no figure.",
                out.toString());
    }

    private static String measuredCell(GuideTables.Cell cell, int columns) {
        return "<td" + (columns > 1 ? " colspan=\"" + columns + "\"" : "") + " class=\"measured-side "
                + text(cell.style()) + "\">" + text(cell.text())
                + (cell.detail().isEmpty() ? "" : "<div class=\"detail\">" + text(cell.detail()) + "</div>") + "</td>";
    }

    private String environments() {
        StringBuilder t = new StringBuilder("<table class=\"environments\">").append(Html.head(List.of("run", "tag",
                "started", "state", "browser", "version", "adapter", "backend", "threads", "timer resolution",
                "host", "cores", "commit", "cases"))).append("<tbody>\n");
        for (Run r : m.runs()) {
            List<RunEnv> used = m.runEnvironments().stream().filter(u -> u.runId().equals(r.runId())).toList();
            boolean current = r.runId().equals(m.current().runId());
            String span = "<td rowspan=\"" + Math.max(1, used.size()) + "\" class=\"run-cell\">";
            String runCells = span + (current ? "<strong>" + text(r.runId()) + "</strong><div class=\"detail\">this "
                    + "run</div>" : text(r.runId())) + "</td>" + span + text(r.tag() == null ? "" : r.tag()) + "</td>"
                    + span + text(r.startedAt()) + "</td>" + span.replace("run-cell", r.complete() ? "run-cell state"
                    : "run-cell state incomplete") + text(Labels.runState(r.complete())) + "</td>";
            if (used.isEmpty()) {
                t.append("<tr class=\"run-first\">").append(runCells)
                        .append("<td colspan=\"6\" class=\"empty\">no cases recorded</td>")
                        .append(td(text(r.host()))).append(td(String.valueOf(r.cores()))).append(td(code(r.commit())))
                        .append(td("0")).append("</tr>\n");
            }
            for (int i = 0; i < used.size(); i++) {
                RunEnv u = used.get(i);
                Env e = m.env(u.envId()).orElse(new Env(u.envId(), "?", "?", "?", "?", null, Double.NaN, "?", 0));
                t.append(i == 0 ? "<tr class=\"run-first\">" + runCells : "<tr>").append(td(text(e.browser())))
                        .append(td(text(e.browserVersion()))).append(td(text(e.adapter()))).append(td(text(e.backend())))
                        .append(td(e.threads() == null ? "" : String.valueOf(e.threads())))
                        .append(td("num", text(Labels.ms(e.timerResolutionMs())))).append(td(text(e.host())))
                        .append(td(String.valueOf(e.cores()))).append(td(code(r.commit())))
                        .append(td("num", String.valueOf(u.cases()))).append("</tr>\n");
            }
        }
        return section("environments", "Environment of each run", "Runs (oldest first) by the environments their "
                + "cases ran in. An environment is one browser, exact version, adapter, backend, threads and machine.",
                t.append("</tbody></table>\n").toString());
    }

    private static String code(String s) {
        return "<code>" + text(s) + "</code>";
    }
}

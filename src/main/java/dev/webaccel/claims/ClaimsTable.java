package dev.webaccel.claims;

import dev.webaccel.stats.MedianCi;
import dev.webaccel.stats.RatioEstimate;
import dev.webaccel.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders claim results as a markdown table (for reports) or a fixed-width table (for the console). */
public final class ClaimsTable {
    private static final List<String> HEADERS = List.of("Claim", "A", "B", "A median ms [95% CI]",
            "B median ms [95% CI]", "time(B)/time(A) [95% CI]", "Claimed", "p", "Verdict", "Reason");

    private ClaimsTable() {
    }

    public static String markdown(List<ClaimResult> results) {
        StringBuilder out = new StringBuilder();
        row(out, HEADERS);
        row(out, HEADERS.stream().map(h -> "---").toList());
        for (ClaimResult r : results) {
            row(out, List.of(
                    "**" + r.claim().id() + "**<br>" + r.claim().workload() + " / " + r.claim().metric(),
                    "`" + r.claim().a().shortName() + "`<br>" + r.labelA(),
                    "`" + r.claim().b().shortName() + "`<br>" + r.labelB(),
                    median(r.summaryA()), median(r.summaryB()), ratio(r.ratio()),
                    r.claim().expected().describe(), Format.p(r.p()), "**" + r.verdict() + "**", r.reason())
                    .stream().map(ClaimsTable::escape).toList());
        }
        return out.toString();
    }

    public static String console(List<ClaimResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Claim", "Verdict", "A", "B", "A median ms", "B median ms", "B/A [95% CI]", "Claimed", "p",
                "Reason"));
        for (ClaimResult r : results) {
            rows.add(List.of(r.claim().id(), r.verdict().name(),
                    r.claim().a().shortName() + " (" + r.labelA() + ")",
                    r.claim().b().shortName() + " (" + r.labelB() + ")",
                    median(r.summaryA()), median(r.summaryB()), ratio(r.ratio()),
                    r.claim().expected().describe(), Format.p(r.p()), r.reason()));
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            List<String> row = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                out.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
            }
        }
        return out.toString();
    }

    static String median(Optional<Summary> summary) {
        if (summary.isEmpty()) {
            return "-";
        }
        Summary s = summary.get();
        MedianCi ci = s.medianCi();
        String interval = ci.available()
                ? "[" + Format.number(ci.lower()) + ", " + Format.number(ci.upper()) + "]"
                : "(no 95% CI at N<6)";
        return Format.number(s.median()) + " " + interval + " N=" + s.n();
    }

    static String ratio(Optional<RatioEstimate> ratio) {
        return ratio.map(r -> Format.ratio(r.ratio()) + " " + Format.interval(r.lower(), r.upper())).orElse("-");
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}

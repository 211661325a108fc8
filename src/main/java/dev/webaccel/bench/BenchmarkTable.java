package dev.webaccel.bench;

import dev.webaccel.claims.Format;
import dev.webaccel.measure.Roofline;
import dev.webaccel.measure.WorkCost;
import dev.webaccel.protocol.Op;
import dev.webaccel.report.TextTable;
import dev.webaccel.results.Csv;
import dev.webaccel.results.Metric;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.Series;
import dev.webaccel.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Benchmark rows from the records of page runs, with the roofline measured by the probes of the same page, rendered
 * as console text, markdown and CSV. Times are per operation as the page divided them; nothing here divides again.
 */
public final class BenchmarkTable {
    private static final List<String> HEADER = List.of("browser / adapter", "case", "ops/sample",
            "per-op median ms", "p10-p90 ms", "n", "GFLOP/s", "GB/s", "roofline share", "checked", "timing method");

    private final List<BenchmarkRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Adds every record of one page run that ran, using the roofline its probes measured.
     *
     * @param page the records of one page run (probes included)
     */
    public BenchmarkTable add(List<ResultRecord> page) {
        Optional<Roofline> roofline = measured(page);
        for (ResultRecord r : page) {
            if (!r.outcome().ran()) {
                notes.add(r.environment().label() + ": " + r.workload().caseId() + " not run: " + r.outcome().reason());
                continue;
            }
            rows.add(row(r, roofline));
        }
        if (!page.isEmpty()) {
            roofline.ifPresent(r -> notes.add(String.format(Locale.ROOT,
                    "%s: roofline probes measured peak %.2f GFLOP/s (FMA chain) and %.2f GB/s (copy)",
                    page.get(0).environment().label(), r.peakGflops(), r.peakGbPerS())));
        }
        return this;
    }

    /** The page's roofline from its probe records (kernel entries fma_chain and copy), if both ran and passed. */
    public static Optional<Roofline> measured(List<ResultRecord> page) {
        Optional<Double> gflops = probe(page, "fma_chain").map(r -> r.workload().flops() / 1e6 / median(r));
        Optional<Double> gbs = probe(page, "copy").map(r -> r.workload().bytes() / 1e6 / median(r));
        return gflops.isPresent() && gbs.isPresent() ? Optional.of(new Roofline(gflops.get(), gbs.get())) : Optional.empty();
    }

    private static Optional<ResultRecord> probe(List<ResultRecord> page, String entry) {
        return page.stream().filter(r -> r.workload().op() == Op.PROBE && r.workload().kernel().endsWith(":" + entry)
                && r.ranAndPassed()).findFirst();
    }

    /** GPU timestamps where every sample has them (wall time also holds the readback), else wall clock. */
    private static Series times(ResultRecord r) {
        return r.series(Metric.WARM_MS).orElseThrow(() -> new IllegalStateException(r.workload().caseId()
                + " ran but has no timed samples"));
    }

    private static double median(ResultRecord r) {
        return Summary.of(times(r).valuesMs()).median();
    }

    static BenchmarkRow row(ResultRecord r, Optional<Roofline> roofline) {
        Series times = times(r);
        Summary s = Summary.of(times.valuesMs());
        WorkCost cost = new WorkCost(r.workload().flops(), r.workload().bytes());
        double seconds = s.median() / 1e3;
        String method = times.method().description() + " per operation; " + times.opsPerSample()
                + " operations per sample ending at one readback";
        return new BenchmarkRow(r.environment().label(), method, r.workload().caseId(), r.workload().op().id(),
                times.opsPerSample(), s, cost.flops() / seconds / 1e9, cost.bytes() / seconds / 1e9,
                roofline.map(rf -> rf.share(cost, s.median())).orElse(Double.NaN), r.ranAndPassed());
    }

    public List<BenchmarkRow> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String console() {
        TextTable table = new TextTable(HEADER.toArray(String[]::new));
        rows.forEach(r -> table.row((Object[]) cells(r, Format::number).toArray()));
        return table.render() + "\n" + String.join("\n", notes);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|"
                + "---|".repeat(HEADER.size()) + "\n");
        for (BenchmarkRow r : rows) {
            out.append("| ").append(String.join(" | ", cells(r, Format::number))).append(" |\n");
        }
        notes.forEach(n -> out.append("\n- ").append(n));
        return out.toString();
    }

    public String csv() {
        Csv csv = new Csv(HEADER);
        rows.forEach(r -> csv.row(cells(r, v -> Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "")));
        return csv.toString();
    }

    private static List<String> cells(BenchmarkRow r, Function<Double, String> fmt) {
        Summary s = r.perOperationMs();
        return List.of(r.label(), r.caseId(), String.valueOf(r.opsPerSample()), fmt.apply(s.median()),
                fmt.apply(s.p10()) + "-" + fmt.apply(s.p90()), String.valueOf(s.n()), fmt.apply(r.gflops()),
                fmt.apply(r.gbPerS()),
                Double.isFinite(r.rooflineShare()) ? String.format(Locale.ROOT, "%.1f%%", 100 * r.rooflineShare()) : "",
                r.outputChecked() ? "pass" : "FAIL", r.method());
    }
}

package dev.webaccel.bench;

import dev.webaccel.claims.Format;
import dev.webaccel.report.TextTable;
import dev.webaccel.results.Csv;
import dev.webaccel.results.Metric;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.Series;
import dev.webaccel.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Whole-model benchmark rows, one per model, browser and backend, from the result records: load (the cold sample:
 * weights fetched, checked and made resident, pipelines built, one inference), first (the first warm-up inference),
 * warm median and p10-p90 of the timed inferences, N. Times are per inference as the page divided them.
 */
public final class ModelBenchmarkTable {
    private static final List<String> HEADER = List.of("model", "browser / adapter", "requested", "ran on", "load ms",
            "first ms", "warm median ms", "p10-p90 ms", "n", "checked", "timing method");

    private record Row(ResultRecord record, OptionalDouble firstMs) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param record one model case's record
     * @param firstMs the first warm-up sample's per-inference wall time (the records keep cold and timed samples only)
     */
    public ModelBenchmarkTable add(ResultRecord record, OptionalDouble firstMs) {
        if (!record.outcome().ran()) {
            notes.add(record.workload().name() + " in " + record.environment().label() + " (" + record.run().requestedBackend()
                    + "): not run: " + record.outcome().reason());
            return this;
        }
        rows.add(new Row(record, firstMs));
        return this;
    }

    public ModelBenchmarkTable note(String note) {
        notes.add(note);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** Whether every row's output matched its Java reference. */
    public boolean allChecked() {
        return rows.stream().allMatch(r -> r.record.ranAndPassed());
    }

    public String console() {
        TextTable table = new TextTable(HEADER.toArray(String[]::new));
        rows.forEach(r -> table.row((Object[]) cells(r, Format::number).toArray()));
        return table.render() + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|"
                + "---|".repeat(HEADER.size()) + "\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", cells(r, Format::number))).append(" |\n"));
        notes.forEach(n -> out.append("\n- ").append(n));
        return out.toString();
    }

    public String csv() {
        Csv csv = new Csv(HEADER);
        rows.forEach(r -> csv.row(cells(r, v -> Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "")));
        return csv.toString();
    }

    private static List<String> cells(Row row, Function<Double, String> fmt) {
        ResultRecord r = row.record;
        Series warm = r.series(Metric.WARM_MS).orElse(null);
        Summary s = warm == null || warm.n() == 0 ? null : Summary.of(warm.valuesMs());
        double load = r.series(Metric.COLD_MS).filter(c -> c.n() > 0).map(c -> c.valuesMs()[0]).orElse(Double.NaN);
        return List.of(r.workload().name() + " " + r.workload().variant(), r.environment().label(),
                r.run().requestedBackend(), r.environment().backend().toString(), fmt.apply(load),
                fmt.apply(row.firstMs.orElse(Double.NaN)), s == null ? "" : fmt.apply(s.median()),
                s == null ? "" : fmt.apply(s.p10()) + "-" + fmt.apply(s.p90()), s == null ? "0" : String.valueOf(s.n()),
                r.ranAndPassed() ? "pass" : "FAIL",
                warm == null ? "" : warm.method().description() + ", " + warm.opsPerSample() + " inference(s) per sample");
    }
}

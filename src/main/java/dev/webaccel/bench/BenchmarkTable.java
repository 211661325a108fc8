package dev.webaccel.bench;

import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.report.TextTable;
import dev.webaccel.stats.Summary;
import dev.webaccel.workload.cases.CaseMath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Benchmark rows from runs, with the roofline of each run, rendered as console text, markdown and CSV. */
public final class BenchmarkTable {
    private static final String[] HEADER = {"browser / adapter", "case", "repeat", "per-dispatch median ms",
        "p10-p90 ms", "n", "run total ms", "GFLOP/s", "GB/s", "roofline share", "checked", "timing method"};

    private final List<BenchmarkRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Adds every case of the run that ran, using the roofline measured by the probes in the same page.
     *
     * @param roofline the page's roofline, or empty when the probes did not run (shares are then blank)
     */
    public BenchmarkTable add(RunResult run, Optional<Roofline> roofline) {
        for (CaseOutcome outcome : run.cases()) {
            if (!outcome.ran()) {
                notes.add(run.label() + ": " + outcome.kernelCase().id() + " not run: " + outcome.reason());
                continue;
            }
            rows.add(row(run, outcome, roofline));
        }
        roofline.ifPresent(r -> notes.add(String.format(Locale.ROOT,
                "%s: roofline probes measured peak %.2f GFLOP/s (FMA chain) and %.2f GB/s (copy)", run.label(),
                r.peakGflops(), r.peakGbPerS())));
        return this;
    }

    /** The page's roofline from its probe cases (ids starting probe-fma and probe-copy), if both ran. */
    public static Optional<Roofline> measured(RunResult run) {
        Optional<Double> gflops = probe(run, "probe-fma").map(o -> WorkCost.of(o.kernelCase()).flops() / 1e6
                / perDispatchMedian(o));
        Optional<Double> gbs = probe(run, "probe-copy").map(o -> WorkCost.of(o.kernelCase()).bytes() / 1e6
                / perDispatchMedian(o));
        return gflops.isPresent() && gbs.isPresent() ? Optional.of(new Roofline(gflops.get(), gbs.get())) : Optional.empty();
    }

    private static Optional<CaseOutcome> probe(RunResult run, String prefix) {
        return run.cases().stream().filter(o -> o.kernelCase().id().startsWith(prefix) && o.ran()
                && o.check().map(c -> c.passed()).orElse(false)).findFirst();
    }

    private static double perDispatchMedian(CaseOutcome o) {
        return Summary.of(runTimes(o)).median() / CaseMath.repeatOf(o.kernelCase());
    }

    /**
     * Time per timed run (repeat dispatches): GPU timestamps where every sample has them, since wall time also
     * holds the readback (which dominates memory-bound kernels and the copy probe); else wall-clock.
     */
    private static double[] runTimes(CaseOutcome o) {
        return o.timedGpuMs().orElseGet(o::timedWallMs);
    }

    public static BenchmarkRow row(RunResult run, CaseOutcome outcome, Optional<Roofline> roofline) {
        int repeat = CaseMath.repeatOf(outcome.kernelCase());
        boolean gpuTimed = outcome.timedGpuMs().isPresent();
        double[] totals = runTimes(outcome);
        double[] perDispatch = new double[totals.length];
        for (int i = 0; i < totals.length; i++) {
            perDispatch[i] = totals[i] / repeat;
        }
        Summary s = Summary.of(perDispatch);
        WorkCost cost = WorkCost.of(outcome.kernelCase());
        double seconds = s.median() / 1e3;
        String method = (gpuTimed ? "GPU timestamp-query per run (readback excluded)" : "wall clock per run (readback "
                + "included)") + "; " + repeat + " dispatches per run, per-dispatch = run/" + repeat + "; page: "
                + outcome.timingMethod();
        return new BenchmarkRow(run.label(), method, outcome.kernelCase().id(), outcome.kernelCase().op(), repeat, s,
                Summary.of(totals).median(), cost, cost.flops() / seconds / 1e9, cost.bytes() / seconds / 1e9,
                roofline.map(r -> r.share(cost, s.median())).orElse(Double.NaN),
                outcome.check().map(c -> c.passed()).orElse(false));
    }

    public List<BenchmarkRow> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String console() {
        TextTable table = new TextTable(HEADER);
        rows.forEach(r -> table.row((Object[]) cells(r, BenchmarkTable::number)));
        return table.render() + "\n" + String.join("\n", notes);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|"
                + "---|".repeat(HEADER.length) + "\n");
        for (BenchmarkRow r : rows) {
            out.append("| ").append(String.join(" | ", cells(r, BenchmarkTable::number))).append(" |\n");
        }
        notes.forEach(n -> out.append("\n- ").append(n));
        return out.toString();
    }

    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (BenchmarkRow r : rows) {
            String[] cells = cells(r, v -> Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "");
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(quote(cells[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String[] cells(BenchmarkRow r, Function<Double, String> fmt) {
        Summary s = r.perDispatchMs();
        return new String[] {r.label(), r.caseId(), String.valueOf(r.repeat()), fmt.apply(s.median()),
            fmt.apply(s.p10()) + "-" + fmt.apply(s.p90()), String.valueOf(s.n()), fmt.apply(r.totalMedianMs()),
            fmt.apply(r.gflops()), fmt.apply(r.gbPerS()),
            Double.isFinite(r.rooflineShare()) ? String.format(Locale.ROOT, "%.1f%%", 100 * r.rooflineShare()) : "",
            r.outputChecked() ? "pass" : "FAIL", r.method()};
    }

    private static String number(Double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

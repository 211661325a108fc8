package dev.webaccel.history.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.history.report.ReportModel.Claim;
import dev.webaccel.history.report.ReportModel.Env;
import dev.webaccel.history.report.ReportModel.Summary;
import dev.webaccel.history.report.ReportModel.Workload;
import dev.webaccel.protocol.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guide's tables of figures regenerated: the guide's cells verbatim (from {@code history/report/guide-tables.json})
 * next to what the report's run measured for the same thing, or "not measured here" with the reason. Measured cells
 * come only from the run's claim verdicts and summaries; nothing is estimated or carried over from the guide.
 */
final class GuideTables {
    static final String RESOURCE = "/history/report/guide-tables.json";
    static final String NOT_MEASURED = "not measured here";

    /** A regenerated table: the guide's columns, then the measured ones. */
    record Table(String id, String title, String source, String note, List<String> guideColumns,
                 List<String> measuredColumns, List<Row> rows) {
    }

    record Row(List<String> guide, List<Cell> measured) {
        /** The one "not measured here" cell standing for all measured cells, when they all say it for one reason. */
        Optional<Cell> allMissing() {
            boolean same = measured.stream().noneMatch(Cell::measured)
                    && measured.stream().map(Cell::detail).distinct().count() == 1;
            return same ? Optional.of(measured.get(0)) : Optional.empty();
        }
    }

    /** @param style "missing" (not measured), "verdict-SUPPORTED|REFUTED|INCONCLUSIVE", or "" */
    record Cell(String text, String detail, String style) {
        boolean measured() {
            return !style.equals("missing");
        }
    }

    record Spec(String about, List<TableSpec> tables) {
    }

    record TableSpec(String id, String title, String source, String note, List<String> guideColumns,
                     List<String> measuredColumns, List<RowSpec> rows) {
    }

    record RowSpec(List<String> guide, List<CellSpec> measured) {
    }

    /** kind: median (browser, backend, workload, variant, metric), advantage / ratio / verdict (claim), none (reason). */
    record CellSpec(String kind, String claim, String browser, String backend, String workload, String variant,
                    String metric, String reason) {
    }

    private GuideTables() {
    }

    static List<Table> of(ReportModel m) {
        List<Table> out = new ArrayList<>();
        for (TableSpec t : spec().tables()) {
            List<Row> rows = new ArrayList<>();
            for (RowSpec r : t.rows()) {
                if (r.guide().size() != t.guideColumns().size() || r.measured().size() != t.measuredColumns().size()) {
                    throw new IllegalStateException(RESOURCE + ": table '" + t.id() + "' has a row whose cells do not "
                            + "match its columns: " + r.guide());
                }
                rows.add(new Row(r.guide(), r.measured().stream().map(c -> cell(m, c)).toList()));
            }
            out.add(new Table(t.id(), t.title(), t.source(), t.note(), t.guideColumns(), t.measuredColumns(), rows));
        }
        return out;
    }

    static Spec spec() {
        try (InputStream in = GuideTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Spec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Cell cell(ReportModel m, CellSpec c) {
        return switch (c.kind()) {
            case "none" -> new Cell(NOT_MEASURED, c.reason(), "missing");
            case "median" -> median(m, c);
            case "advantage", "ratio", "verdict" -> claimCell(m, c);
            default -> throw new IllegalStateException(RESOURCE + ": unknown cell kind '" + c.kind() + "'");
        };
    }

    private static Cell claimCell(ReportModel m, CellSpec c) {
        Optional<Claim> found = m.claims().stream().filter(v -> v.claimId().equals(c.claim())).findFirst();
        if (found.isEmpty()) {
            return new Cell(NOT_MEASURED, "claim " + c.claim() + " was not judged in run " + m.current().runId(),
                    "missing");
        }
        Claim v = found.get();
        if (c.kind().equals("verdict")) {
            return new Cell(v.verdict(), v.reason(), "verdict-" + v.verdict());
        }
        if (v.ratio() == null) {
            return new Cell("no ratio", "the data allowed no ratio: see the verdict", "missing");
        }
        String detail = "R = time(B)/time(A) = " + Labels.ratio(v.ratio()) + " " + Labels.interval(v.ratioLow(),
                v.ratioHigh()) + ", p " + Labels.p(v.pValue()) + "; A: " + v.sideA() + "; B: " + v.sideB();
        if (c.kind().equals("ratio")) {
            return new Cell(Labels.ratio(v.ratio()) + " " + Labels.interval(v.ratioLow(), v.ratioHigh()), detail, "");
        }
        String ci = v.ratioLow() == null || v.ratioHigh() == null ? ""
                : " [" + Labels.percent(1 - 1 / v.ratioLow()) + ", " + Labels.percent(1 - 1 / v.ratioHigh()) + "]";
        return new Cell(Labels.percent(1 - 1 / v.ratio()) + ci, detail, "");
    }

    private static Cell median(ReportModel m, CellSpec c) {
        List<String> texts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Summary s : m.currentSummaries(c.metric())) {
            Optional<Workload> w = m.workload(s.workloadId());
            Optional<Env> e = m.env(s.envId());
            if (s.medianMs() != null && w.isPresent() && e.isPresent() && w.get().name().equals(c.workload())
                    && w.get().variant().equalsIgnoreCase(c.variant()) && e.get().browser().equalsIgnoreCase(c.browser())
                    && backendMatches(c.backend(), e.get().backend())) {
                texts.add(Labels.msWithCi(s.medianMs(), s.ciLowMs(), s.ciHighMs()));
                details.add(Labels.figure(s.n(), s.timingMethod()) + " · " + e.get().label());
            }
        }
        if (texts.isEmpty()) {
            return new Cell(NOT_MEASURED, "no " + c.browser() + " " + c.backend() + " case of " + c.workload() + " / "
                    + c.variant() + " in run " + m.current().runId(), "missing");
        }
        return new Cell(String.join(" / ", texts), String.join("; ", details), "");
    }

    private static boolean backendMatches(String wanted, String stored) {
        try {
            return Backend.parse(wanted).covers(Backend.parse(stored));
        } catch (IllegalArgumentException unknown) {
            return wanted.equalsIgnoreCase(stored);
        }
    }
}

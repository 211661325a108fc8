package dev.webaccel.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.webaccel.claims.ClaimResult;
import dev.webaccel.claims.ClaimsTable;
import dev.webaccel.claims.Format;
import dev.webaccel.claims.Measurement;
import dev.webaccel.results.Csv;
import dev.webaccel.results.Metric;
import dev.webaccel.stats.Comparison;
import dev.webaccel.stats.MedianCi;
import dev.webaccel.stats.RatioEstimate;
import dev.webaccel.stats.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims report: the guide-shaped tables (Firefox vs Chrome audio by duration; optimized vs baseline log-mel by
 * duration per browser) filled with measured medians, intervals and verdicts, the full claims table, and the raw
 * measurements as CSV and JSON. Everything here is rendered from measurements and verdicts; nothing is a default.
 */
public final class ClaimsReport {
    private static final Pattern LOGMEL_CLAIM = Pattern.compile("firefox-vs-chrome-logmel-(\\d+)s");
    private static final Pattern LOGMEL_WORKLOAD = Pattern.compile("logmel-(\\d+(?:\\.\\d+)?)s");

    private ClaimsReport() {
    }

    public static String markdown(List<ClaimResult> results, List<Measurement> measurements, List<String> runs,
                                  String policyNote) {
        StringBuilder out = new StringBuilder("# Guide claims, measured\n\n");
        out.append("Page runs (one per workload and backend):\n");
        runs.stream().collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.LinkedHashMap::new,
                java.util.stream.Collectors.counting()))
                .forEach((label, count) -> out.append("- ").append(label).append(count > 1 ? " x" + count : "").append('\n'));
        out.append("\n").append(policyNote).append("\n\n");
        out.append("## Firefox vs Chrome audio performance (log-mel front end, FFT, by duration)\n\n")
                .append(audioTable(results)).append('\n');
        out.append("## Optimized (FFT) vs baseline (DFT) log-mel, same browser and adapter, by duration\n\n")
                .append(optimizedVsBaseline(measurements)).append('\n');
        out.append("## Every claim\n\n").append(ClaimsTable.markdown(results)).append('\n');
        out.append("## Measurements\n\n").append(measurementTable(measurements));
        return out.toString();
    }

    /** The guide's "Firefox vs Chrome Audio Performance" table with our medians in place of its numbers. */
    static String audioTable(List<ClaimResult> results) {
        StringBuilder out = new StringBuilder("| Audio | Chrome median ms [95% CI] | Firefox median ms [95% CI] "
                + "| Firefox advantage, measured (1 - F/C) [95% CI] | Guide's advantage | Verdict | Reason |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (ClaimResult r : results) {
            Matcher m = LOGMEL_CLAIM.matcher(r.claim().id());
            if (!m.matches()) {
                continue;
            }
            String advantage = r.ratio().map(ClaimsReport::advantage).orElse("- (no ratio: see reason)");
            String guide = Double.isNaN(r.claim().expected().nominal()) ? "-"
                    : percent(1 - 1 / r.claim().expected().nominal());
            out.append("| ").append(m.group(1)).append(" s | ")
                    .append(cell(r.summaryB(), r.labelB())).append(" | ").append(cell(r.summaryA(), r.labelA()))
                    .append(" | ").append(advantage).append(" | ").append(guide).append(" | **").append(r.verdict())
                    .append("** | ").append(r.reason().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    /** Descriptive: R = time(DFT) / time(FFT) per browser and duration, on the metric warm-median-ms. */
    static String optimizedVsBaseline(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder("| Browser, adapter, method | Audio | FFT median ms [95% CI] "
                + "| DFT median ms [95% CI] | time(DFT)/time(FFT) [95% CI] | p |\n|---|---|---|---|---|---|\n");
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>();
        for (Measurement m : measurements) {
            Matcher w = LOGMEL_WORKLOAD.matcher(m.workload());
            if (!m.metric().equals(Metric.WARM_MS.id()) || !w.matches()) {
                continue;
            }
            byKey.put(m.browser() + "|" + m.adapter() + "|" + m.workload() + "|" + m.variant(), m);
            keys.add(String.format(Locale.ROOT, "%s|%s|%08.1f|%s", m.browser(), m.adapter(),
                    Double.parseDouble(w.group(1)), m.workload()));
        }
        for (String key : keys) {
            String[] k = key.split("\\|");
            Measurement fft = byKey.get(k[0] + "|" + k[1] + "|" + k[3] + "|optimized");
            Measurement dft = byKey.get(k[0] + "|" + k[1] + "|" + k[3] + "|baseline");
            if (fft == null || dft == null) {
                continue;
            }
            String ratio;
            String p;
            if (!fft.timingMethod().equals(dft.timingMethod())) {
                ratio = "- (timed with different methods)";
                p = "-";
            } else {
                Comparison c = Comparison.of(dft.samplesMs(), fft.samplesMs(),
                        Math.max(fft.timerResolutionMs(), dft.timerResolutionMs()));
                ratio = c.ratio().map(r -> fmt3(r.ratio()) + " [" + fmt3(r.lower()) + ", " + fmt3(r.upper()) + "]")
                        .orElse("- (" + c.reason() + ")");
                p = c.sufficient() ? String.format(Locale.ROOT, "%.4f", c.p()) : "-";
            }
            out.append("| ").append(fft.label()).append(" | ").append(k[3].replace("logmel-", "")).append(" | ")
                    .append(median(Summary.of(fft.samplesMs()))).append(" | ").append(median(Summary.of(dft.samplesMs())))
                    .append(" | ").append(ratio).append(" | ").append(p).append(" |\n");
        }
        return out.toString();
    }

    static String measurementTable(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder("| Browser, version, adapter, method (resolution) | Backend | Workload "
                + "| Variant | Metric | Median ms [95% CI] N |\n|---|---|---|---|---|---|\n");
        for (Measurement m : measurements) {
            out.append("| ").append(m.label()).append(" | ").append(m.backend().id()).append(" | ").append(m.workload())
                    .append(" | ").append(m.variant()).append(" | ").append(m.metric()).append(" | ")
                    .append(median(Summary.of(m.samplesMs()))).append(" |\n");
        }
        return out.toString();
    }

    public static String csv(List<Measurement> measurements) {
        Csv csv = new Csv(List.of("browser", "version", "adapter", "backend", "workload", "variant", "metric",
                "timing_method", "resolution_ms", "index", "value_ms"));
        for (Measurement m : measurements) {
            double[] samples = m.samplesMs();
            for (int i = 0; i < samples.length; i++) {
                csv.row(List.of(m.browser(), m.browserVersion(), m.adapter(), m.backend().id(), m.workload(),
                        m.variant(), m.metric(), m.timingMethod(), Double.toString(m.timerResolutionMs()), i,
                        Double.toString(samples[i])));
            }
        }
        return csv.toString();
    }

    public static String json(List<Measurement> measurements) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("browser", m.browser());
            row.put("browserVersion", m.browserVersion());
            row.put("adapter", m.adapter());
            row.put("backend", m.backend().id());
            row.put("workload", m.workload());
            row.put("variant", m.variant());
            row.put("metric", m.metric());
            row.put("timingMethod", m.timingMethod());
            row.put("resolutionMs", m.timerResolutionMs());
            row.put("samplesMs", m.samplesMs());
            rows.add(row);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes claims.md, claims-measurements.csv and claims-measurements.json into {@code dir}. */
    public static void write(Path dir, String markdown, List<Measurement> measurements) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("claims.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("claims-measurements.csv"), csv(measurements), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("claims-measurements.json"), json(measurements), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims report to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String advantage(RatioEstimate r) {
        // R = time(chrome)/time(firefox); advantage = 1 - time(F)/time(C) = 1 - 1/R.
        return percent(1 - 1 / r.ratio()) + " [" + percent(1 - 1 / r.lower()) + ", " + percent(1 - 1 / r.upper()) + "]";
    }

    private static String cell(Optional<Summary> summary, String label) {
        return summary.map(ClaimsReport::median).orElse("not measured") + "<br>" + label.replace("|", "\\|");
    }

    static String median(Summary s) {
        MedianCi ci = s.medianCi();
        String interval = ci.available() ? " [" + num(ci.lower()) + ", " + num(ci.upper()) + "]" : " (no CI at N<6)";
        return num(s.median()) + interval + " N=" + s.n();
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String fmt3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String num(double x) {
        return Format.number(x);
    }
}

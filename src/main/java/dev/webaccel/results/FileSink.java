package dev.webaccel.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.config.Settings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes every record to {@code target/webaccel/results/}: {@code records.jsonl}, one JSON object per line,
 * appended and flushed as each case finishes (a killed run keeps every finished case), and at the end
 * {@code samples.csv}, one row per raw sample, written to a temporary file and moved into place.
 */
public final class FileSink implements ResultsSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADER = List.of("run", "purpose", "commit", "browser", "browser_version",
            "adapter", "backend", "threads", "case", "op", "workload", "variant", "status", "check", "metric",
            "timing_method", "resolution_ms", "ops_per_sample", "index", "value_ms");

    private static final String RECORDS = "records.jsonl";

    private final Path dir;
    private final List<ResultRecord> kept = new ArrayList<>();
    private Writer jsonl;

    /** The ServiceLoader constructor: the project's {@code target/webaccel/results}. */
    public FileSink() {
        this(Settings.fromEnvironment().projectDir().resolve("target/webaccel/results"));
    }

    public FileSink(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** Checks that the folder and {@code records.jsonl} can be written, without touching an earlier run's file. */
    @Override
    public synchronized void preflight() {
        Path records = dir.resolve(RECORDS);
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".write-check-", ".tmp"));
            if (Files.exists(records) || Files.isSymbolicLink(records)) {
                Files.newByteChannel(records, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            }
        } catch (IOException e) {
            throw ResultsWriteException.of(records, e, "The suite did not start, so nothing is lost.");
        }
    }

    @Override
    public synchronized void accept(ResultRecord record) {
        Path records = dir.resolve(RECORDS);
        try {
            if (jsonl == null) {
                Files.createDirectories(dir);
                jsonl = Files.newBufferedWriter(records, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            }
            jsonl.write(JSON.writeValueAsString(record));
            jsonl.write('\n');
            jsonl.flush();
            kept.add(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + record.workload().caseId(), e);
        } catch (IOException e) {
            throw ResultsWriteException.of(records, e, "The records written before are kept there; this one ("
                    + record.workload().caseId() + ") still goes to the suite's other sinks.");
        }
    }

    @Override
    public synchronized void close() {
        Path samples = dir.resolve("samples.csv");
        try {
            if (jsonl != null) {
                jsonl.close();
                jsonl = null;
            }
            if (kept.isEmpty()) {
                return;
            }
            Path tmp = dir.resolve("samples.csv.tmp");
            Files.writeString(tmp, csv(kept));
            Files.move(tmp, samples, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw ResultsWriteException.of(samples, e, "records.jsonl holds every record of the suite.");
        }
    }

    /** One row per raw sample of every series. */
    public static String csv(List<ResultRecord> records) {
        Csv csv = new Csv(HEADER);
        for (ResultRecord r : records) {
            Environment e = r.environment();
            Workload w = r.workload();
            String check = r.outputCheck().map(c -> c.passed() ? "pass" : "FAIL").orElse("");
            for (Series s : r.series()) {
                double[] values = s.valuesMs();
                for (int i = 0; i < values.length; i++) {
                    csv.row(List.of(r.run().runId(), r.run().purpose(), r.run().machine().commit(), e.browser(),
                            e.browserVersion(), e.adapter(), e.backend().id(), e.threads() == null ? "" : e.threads(),
                            w.caseId(), w.op().id(), w.name(), w.variant(), r.outcome().status().id(), check,
                            s.metric().id(), s.method().description(), number(s.resolutionMs()), s.opsPerSample(), i,
                            number(values[i])));
                }
            }
        }
        return csv.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}

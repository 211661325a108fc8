package dev.webaccel.history;

import dev.webaccel.config.Settings;
import dev.webaccel.results.Machine;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.ResultsSink;
import dev.webaccel.results.VerdictRecord;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's run in the history database ({@code -Ddb.path}): opened when the suite starts (a second suite on the
 * same file waits {@code -Ddb.lock.wait.s}, then fails naming the holder), every case written as it finishes, the
 * claim verdicts when judged, and at the end the regression comparison ({@code -Dbaseline}), completion and the
 * HTML/markdown report. A run that recorded nothing is removed again.
 */
public final class HistorySink implements ResultsSink {
    private static final Logger LOG = LoggerFactory.getLogger(HistorySink.class);

    private final HistoryDb db;
    private final HistoryWriter writer;
    private final Settings settings;
    private final AfterRun afterRun;
    private int written;
    private int comparedAt = -1;
    private List<Regression> findings = List.of();
    private boolean closed;

    /** What happens once a run is complete and still open (the suite writes its report). */
    public interface AfterRun {
        void completed(HistoryDb db, String runId);
    }

    HistorySink(HistoryDb db, HistoryWriter writer, Settings settings, AfterRun afterRun) {
        this.db = db;
        this.writer = writer;
        this.settings = settings;
        this.afterRun = afterRun;
    }

    /** Opens {@code file} and records a new run in it. */
    public static HistorySink open(Path file, Settings settings, Machine machine, AfterRun afterRun) {
        HistoryDb db = HistoryDb.open(file, Duration.ofSeconds(settings.dbLockWaitS()));
        try {
            Instant now = Instant.now();
            HistoryWriter writer = HistoryWriter.start(db, new RunStart(RunStart.newRunId(now), settings.runTag(), now,
                    machine, Fingerprints.json(describe(settings))));
            LOG.info("history: run {} in {}", writer.runId(), file);
            return new HistorySink(db, writer, settings, afterRun);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public String runId() {
        return writer.runId();
    }

    public HistoryDb database() {
        return db;
    }

    /**
     * A deliberately slowed case enters the history only when this run asked for one ({@code -Dtest.slowdown}):
     * the slowed runs of the self-check ({@code HistoryRegressionIT}) are its instrument, not the suite's figures,
     * and would otherwise be flagged as regressions in every run.
     */
    @Override
    public synchronized void accept(ResultRecord record) {
        if (record.workload().params().containsKey(Fingerprints.SLOWDOWN) && settings.testSlowdown().isEmpty()) {
            return;
        }
        writer.write(record);
        written++;
    }

    @Override
    public synchronized void verdicts(List<VerdictRecord> verdicts) {
        writer.verdicts(verdicts);
        written++;
    }

    /** Compares every case written so far with the baseline and keeps the findings in the history. */
    public synchronized List<Regression> regressions() {
        if (comparedAt != written) {
            findings = new RegressionDetector(db.connection(), settings.regressionMarginPct())
                    .compare(writer.runId(), Baseline.parse(settings.baseline()));
            writer.regressions(findings);
            comparedAt = written;
        }
        return findings;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (written == 0) {
                writer.discard();
                return;
            }
            try {
                RegressionSummary.log(regressions(), Baseline.parse(settings.baseline()));
            } catch (RuntimeException e) {
                LOG.error("history: no regression comparison for run {}: {}", writer.runId(), e.getMessage());
            }
            writer.complete();
            try {
                afterRun.completed(db, writer.runId());
            } catch (RuntimeException e) {
                LOG.error("history: after run {}: {}", writer.runId(), e.toString());
            }
        } finally {
            db.close();
        }
    }

    /** Every setting of the run by name, for the runs table. */
    static Map<String, String> describe(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent c : Settings.class.getRecordComponents()) {
            try {
                values.put(c.getName(), String.valueOf(c.getAccessor().invoke(settings)));
            } catch (ReflectiveOperationException e) {
                values.put(c.getName(), "?");
            }
        }
        return values;
    }
}

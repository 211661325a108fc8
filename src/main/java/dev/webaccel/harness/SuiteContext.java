package dev.webaccel.harness;

import dev.webaccel.config.Settings;
import dev.webaccel.history.HistorySink;
import dev.webaccel.history.report.HistoryReport;
import dev.webaccel.results.Machine;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.results.Results;
import dev.webaccel.results.ResultsSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one test suite shares: its settings, its results (every registered sink plus an in-memory store the suite
 * reads back, e.g. for claims) and one harness server, started on first use. Created and closed by the suite
 * listener ({@code dev.webaccel.testng.SuiteListener}), which holds it as a suite attribute: nothing static.
 */
public final class SuiteContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SuiteContext.class);
    private final Settings settings;
    private final InMemorySink memory = new InMemorySink();
    private final Results results;
    private final Optional<HistorySink> history;
    private Harness harness;

    public SuiteContext(Settings settings, Results discovered, Optional<HistorySink> history) {
        this.settings = settings;
        this.history = history;
        List<ResultsSink> sinks = new ArrayList<>(discovered.sinks());
        history.ifPresent(sinks::add);
        sinks.add(memory);
        this.results = new Results(sinks);
    }

    public SuiteContext(Settings settings, Results discovered) {
        this(settings, discovered, Optional.empty());
    }

    /**
     * Settings from the environment, every sink found through ServiceLoader (each checked now: a results folder
     * that cannot be written fails the suite at its start), and the history database unless {@code -Ddb.path=none}
     * (opened now, so that a file held by another suite or one that cannot be written fails the suite at its start).
     */
    public static SuiteContext discover() {
        Settings settings = Settings.fromEnvironment();
        Results discovered = Results.discover();
        discovered.preflight();
        Path reports = settings.projectDir().resolve("target/webaccel/report");
        Optional<HistorySink> history = settings.historyFile().map(file -> HistorySink.open(file, settings,
                Machine.detect(settings.projectDir()), (db, runId) -> LOG.info("history report: {}",
                        HistoryReport.write(db.connection(), runId, reports).html())));
        return new SuiteContext(settings, discovered, history);
    }

    /** The suite's run in the history database, unless it is turned off. */
    public Optional<HistorySink> history() {
        return history;
    }

    public Settings settings() {
        return settings;
    }

    public Results results() {
        return results;
    }

    /** Every record of the suite so far. */
    public InMemorySink memory() {
        return memory;
    }

    public synchronized Harness harness() {
        if (harness == null) {
            harness = Harness.start(settings, results);
        }
        return harness;
    }

    @Override
    public synchronized void close() {
        try {
            if (harness != null) {
                harness.close();
                harness = null;
            }
        } finally {
            results.close();
        }
    }
}

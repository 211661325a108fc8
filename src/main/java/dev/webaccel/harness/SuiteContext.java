package dev.webaccel.harness;

import dev.webaccel.config.Settings;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.results.Results;
import dev.webaccel.results.ResultsSink;
import java.util.ArrayList;
import java.util.List;

/**
 * What one test suite shares: its settings, its results (every registered sink plus an in-memory store the suite
 * reads back, e.g. for claims) and one harness server, started on first use. Created and closed by the suite
 * listener ({@code dev.webaccel.testng.SuiteListener}), which holds it as a suite attribute: nothing static.
 */
public final class SuiteContext implements AutoCloseable {
    private final Settings settings;
    private final InMemorySink memory = new InMemorySink();
    private final Results results;
    private Harness harness;

    public SuiteContext(Settings settings, Results discovered) {
        this.settings = settings;
        List<ResultsSink> sinks = new ArrayList<>(discovered.sinks());
        sinks.add(memory);
        this.results = new Results(sinks);
    }

    /** Settings from the environment and every sink found through ServiceLoader. */
    public static SuiteContext discover() {
        return new SuiteContext(Settings.fromEnvironment(), Results.discover());
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

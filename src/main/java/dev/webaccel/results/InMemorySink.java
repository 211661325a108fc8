package dev.webaccel.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every record of a suite in memory, in arrival order: what claims and tests read back. Thread-safe. */
public final class InMemorySink implements ResultsSink {
    private final List<ResultRecord> records = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();  // insertion order: the order engines were tried

    @Override
    public synchronized void accept(ResultRecord record) {
        records.add(record);
    }

    @Override
    public synchronized void engineSkipped(String browser, String reason) {
        skipped.put(browser, reason);
    }

    public synchronized List<ResultRecord> records() {
        return List.copyOf(records);
    }

    public synchronized Map<String, String> skipped() {
        return new LinkedHashMap<>(skipped);
    }
}

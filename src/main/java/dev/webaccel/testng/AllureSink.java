package dev.webaccel.testng;

import dev.webaccel.results.Environment;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.ResultsSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Allure's side of the results: at the end of the suite, {@code allure-results/environment.properties} with each
 * browser's version, adapter and timer resolution, and the machine (shown on the report's front page). Per-test
 * labels and attachments are added by {@link BrowserTestBase} while Allure has the test open.
 */
public final class AllureSink implements ResultsSink {
    private final Map<String, String> entries = new TreeMap<>();

    @Override
    public synchronized void accept(ResultRecord record) {
        Environment e = record.environment();
        entries.put(e.browser() + ".version", e.browserVersion());
        entries.put(e.browser() + ".webgpu.adapter", e.capabilities().adapterLabel());
        entries.put(e.browser() + ".timer.resolution.ms", String.valueOf(e.timerResolutionMs()));
        entries.put("os", record.run().machine().os());
        entries.put("cpus", String.valueOf(record.run().machine().cores()));
        entries.put("commit", record.run().machine().commit());
    }

    @Override
    public synchronized void close() {
        String dir = System.getProperty("allure.results.directory");
        if (dir == null || entries.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        entries.forEach((k, v) -> text.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
        try {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "environment.properties"), text);
        } catch (IOException e) {
            System.err.println("could not write Allure environment: " + e.getMessage());
        }
    }
}

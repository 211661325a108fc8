package dev.webaccel.testng;

import dev.webaccel.results.Environment;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.ResultsSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Allure's side of the results: at the end of the suite, in {@code allure-results/}, {@code environment.properties}
 * with each browser's version, adapter and timer resolution, and the machine (shown on the report's front page),
 * {@code categories.json} ({@link AllureCategories}), {@code executor.json} and {@value #BUILD_FILE}
 * ({@link AllureExecutor}). Per-test labels and attachments are added by {@link BrowserTestBase} while Allure has the
 * test open, suites and behaviors by {@link NavigationLabels}.
 */
public final class AllureSink implements ResultsSink {
    /** The build of these results, for scripts/allure-report.sh (Allure itself ignores the file). */
    static final String BUILD_FILE = "webaccel-build.properties";
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
        if (dir != null) {
            writeTo(Path.of(dir));
        }
    }

    synchronized void writeTo(Path dir) {
        write(dir.resolve("categories.json"), AllureCategories.json());
        AllureExecutor executor = AllureExecutor.of(System::getenv, Instant.now());
        write(dir.resolve("executor.json"), executor.json());
        write(dir.resolve(BUILD_FILE), executor.properties());
        if (!entries.isEmpty()) {
            StringBuilder text = new StringBuilder();
            entries.forEach((k, v) -> text.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
            write(dir.resolve("environment.properties"), text.toString());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }
}

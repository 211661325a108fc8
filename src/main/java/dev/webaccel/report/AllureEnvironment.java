package dev.webaccel.report;

import dev.webaccel.harness.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes allure-results/environment.properties: each browser's version and adapter, shown on the report's front page. */
final class AllureEnvironment {
    private AllureEnvironment() {
    }

    static void write(List<RunResult> runs) {
        String dir = System.getProperty("allure.results.directory");
        if (dir == null || runs.isEmpty()) {
            return;
        }
        Map<String, String> entries = new TreeMap<>();
        for (RunResult run : runs) {
            entries.put(run.browser().id() + ".version", run.browserVersion());
            entries.put(run.browser().id() + ".webgpu.adapter", run.capabilities().adapterLabel());
            entries.put(run.browser().id() + ".timer.resolution.ms", String.valueOf(run.capabilities().timerResolutionMs()));
        }
        entries.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        entries.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
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

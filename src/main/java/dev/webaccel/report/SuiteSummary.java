package dev.webaccel.report;

import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects what each browser reported during the suite and prints it at the end: one capability row
 * per browser, and one row per case with backend, check and median time, labelled with the adapter.
 */
public final class SuiteSummary {
    private static final List<RunResult> RUNS = new ArrayList<>();
    private static final Map<String, String> SKIPPED = new ConcurrentHashMap<>();

    private SuiteSummary() {
    }

    public static synchronized void record(RunResult run) {
        RUNS.add(run);
    }

    public static synchronized List<RunResult> runs() {
        return List.copyOf(RUNS);
    }

    public static void skipped(String browser, String reason) {
        SKIPPED.put(browser, reason);
    }

    public static synchronized String render() {
        StringBuilder out = new StringBuilder();
        TextTable capabilities = new TextTable("browser", "version", "WebGPU adapter", "features", "WebNN",
                "WASM simd/threads", "isolated", "timer (ms)");
        for (RunResult run : RUNS) {
            Capabilities c = run.capabilities();
            capabilities.row(run.browser().id(), run.browserVersion(),
                    c.webgpu().available() ? c.adapterLabel() : "none (" + c.webgpu().reason() + ")",
                    c.webgpu().features().size(),
                    !c.webnn().apiPresent() ? "no API" : c.webnn().anyContext() ? "context ok" : "API, no context",
                    c.wasm().simd() + "/" + c.wasm().threads(), c.crossOriginIsolated(),
                    String.format("%.3f", c.timerResolutionMs()));
        }
        SKIPPED.forEach((browser, reason) -> capabilities.row(browser, "SKIPPED", reason, "", "", "", "", ""));
        out.append("\nCapabilities per browser\n").append(capabilities.render());
        TextTable cases = new TextTable("browser", "adapter", "case", "backend", "check", "N", "median ms", "cold ms", "method");
        for (RunResult run : RUNS) {
            for (CaseOutcome outcome : run.cases()) {
                double[] timed = outcome.timedWallMs();
                cases.row(run.browser().id(), run.capabilities().adapterLabel(), outcome.kernelCase().id(),
                        outcome.backend(),
                        outcome.check().map(ch -> ch.passed() ? "ok" : "FAILED").orElse("not run: " + outcome.reason()),
                        timed.length, timed.length == 0 ? "" : String.format("%.3f", median(timed)),
                        outcome.coldWallMs().map(v -> String.format("%.1f", v)).orElse(""), outcome.timingMethod());
            }
        }
        if (!cases.isEmpty()) {
            out.append("\nCases per browser (wall-clock; medians over timed iterations of one run on this machine)\n")
                    .append(cases.render());
        }
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

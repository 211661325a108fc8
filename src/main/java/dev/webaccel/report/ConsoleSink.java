package dev.webaccel.report;

import dev.webaccel.claims.Format;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.results.Environment;
import dev.webaccel.results.InMemorySink;
import dev.webaccel.results.Metric;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.ResultsSink;
import dev.webaccel.results.Series;
import dev.webaccel.stats.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite summary on the console at the end: one capability row per browser (and one per skipped engine, with the
 * reason), then one row per case with backend, check, N and median per-operation time, labelled with the adapter.
 */
public final class ConsoleSink implements ResultsSink {
    private final InMemorySink kept = new InMemorySink();

    @Override
    public void accept(ResultRecord record) {
        kept.accept(record);
    }

    @Override
    public void engineSkipped(String browser, String reason) {
        kept.engineSkipped(browser, reason);
    }

    @Override
    public void close() {
        if (!kept.records().isEmpty() || !kept.skipped().isEmpty()) {
            System.out.println(render());
        }
    }

    public String render() {
        List<ResultRecord> records = kept.records();
        StringBuilder out = new StringBuilder();
        TextTable capabilities = new TextTable("browser", "version", "WebGPU adapter", "features", "WebNN",
                "WASM simd/threads", "isolated", "timer (ms)");
        Map<String, Environment> browsers = new LinkedHashMap<>();
        records.forEach(r -> browsers.putIfAbsent(r.environment().browser() + " " + r.environment().browserVersion(),
                r.environment()));
        for (Environment e : browsers.values()) {
            Capabilities c = e.capabilities();
            capabilities.row(e.browser(), e.browserVersion(),
                    c.webgpu().available() ? c.adapterLabel() : "none (" + c.webgpu().reason() + ")",
                    c.webgpu().features().size(),
                    !c.webnn().apiPresent() ? "no API" : c.webnn().anyContext() ? "context ok" : "API, no context",
                    c.wasm().simd() + "/" + c.wasm().threads(), c.crossOriginIsolated(),
                    String.format("%.3f", c.timerResolutionMs()));
        }
        kept.skipped().forEach((browser, reason) -> capabilities.row(browser, "SKIPPED", reason, "", "", "", "", ""));
        out.append("\nCapabilities per browser\n").append(capabilities.render());
        TextTable cases = new TextTable("browser", "adapter", "case", "backend", "check", "N", "median ms/op",
                "cold ms", "method");
        for (ResultRecord r : records) {
            Environment e = r.environment();
            String check = r.outputCheck().map(ch -> ch.passed() ? "ok" : "FAILED")
                    .orElse("not run: " + r.outcome().reason());
            String median = r.series(Metric.WARM_MS).map(s -> Format.number(Summary.of(s.valuesMs()).median())).orElse("");
            String n = r.series(Metric.WARM_MS).map(s -> String.valueOf(s.n())).orElse("0");
            String cold = r.series(Metric.COLD_MS).map(s -> Format.number(s.valuesMs()[0])).orElse("");
            String method = r.series(Metric.WARM_MS).map(ConsoleSink::method).orElse("");
            cases.row(e.browser(), e.capabilities().adapterLabel(), r.workload().caseId(), e.backend().id(), check, n,
                    median, cold, method);
        }
        if (!cases.isEmpty()) {
            out.append("\nCases per browser (medians per operation over the timed samples of one run on this machine)\n")
                    .append(cases.render());
        }
        return out.toString();
    }

    private static String method(Series s) {
        return s.method().description() + ", " + s.opsPerSample() + " op/sample";
    }
}

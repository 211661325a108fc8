package dev.webaccel.fallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.protocol.LogLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's WebAssemblyFallback.get_stats as the page measured it: per loaded WASM flavour, whether SIMD was
 * on, how many threads, and per op the call count and wall times (performance.now() around each kernel call,
 * copies in and out included). Sent by the page as a {@code log} line "wasm-stats {json}" before {@code done}.
 *
 * @param raw the JSON as sent, for attaching to reports
 */
public record WasmStats(Map<String, Flavour> flavours, Map<String, String> failures, String raw) {
    public static final String PREFIX = "wasm-stats ";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Flavour(boolean simd, int threads, int workers, String file, Map<String, OpStats> ops) {
    }

    public record OpStats(long count, double totalMs, double lastMs, int lastThreads) {
        public double meanMs() {
            return count == 0 ? Double.NaN : totalMs / count;
        }
    }

    /** The stats line of a run's console, if the page sent one. */
    public static Optional<WasmStats> from(List<LogLine> console) {
        return console.stream().map(LogLine::text).filter(t -> t.startsWith(PREFIX)).reduce((a, b) -> b)
                .map(t -> parse(t.substring(PREFIX.length())));
    }

    public static WasmStats parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("wasm-stats is not JSON: " + json, e);
        }
        Map<String, Flavour> flavours = new LinkedHashMap<>();
        root.path("flavours").fields().forEachRemaining(f -> {
            JsonNode s = f.getValue();
            Map<String, OpStats> ops = new LinkedHashMap<>();
            s.path("ops").fields().forEachRemaining(o -> ops.put(o.getKey(), new OpStats(o.getValue().path("count").asLong(),
                    o.getValue().path("totalMs").asDouble(), o.getValue().path("lastMs").asDouble(),
                    o.getValue().path("lastThreads").asInt(1))));
            flavours.put(f.getKey(), new Flavour(s.path("simd").asBoolean(), s.path("threads").asInt(1),
                    s.path("workers").asInt(0), s.path("file").asText(""), ops));
        });
        Map<String, String> failures = new LinkedHashMap<>();
        root.path("failures").fields().forEachRemaining(f -> failures.put(f.getKey(), f.getValue().asText()));
        return new WasmStats(flavours, failures, json);
    }

    /** One line per flavour and op, for consoles and Allure. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-18s %-5s %-7s %-12s %6s %10s %9s %7s%n",
                "flavour", "simd", "threads", "op", "calls", "total ms", "mean ms", "thr."));
        flavours.forEach((name, f) -> f.ops().forEach((op, s) -> out.append(String.format(
                "%-18s %-5s %-7d %-12s %6d %10.2f %9.3f %7d%n", name, f.simd(), f.threads(), op, s.count(), s.totalMs(),
                s.meanMs(), s.lastThreads()))));
        failures.forEach((name, why) -> out.append(name).append(" could not be loaded: ").append(why).append('\n'));
        return out.toString();
    }
}

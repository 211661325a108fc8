package dev.webaccel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting webaccel reads, in one read-only place.
 *
 * <p>Each value comes from, in rising precedence: the default below, an environment variable
 * (the key upper-cased, dots to underscores, prefixed {@code WEBACCEL_}), and the {@code -D}
 * system property of the same key. README.md lists the same table.
 *
 * <table>
 * <tr><th>key / -D property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>browser</td><td>available</td><td>chrome|firefox|edge|safari|webkit|all|available, comma lists allowed</td></tr>
 * <tr><td>headless</td><td>true</td><td>false shows browser windows (WebKitGTK always needs a display; Xvfb is used when headless)</td></tr>
 * <tr><td>backend</td><td>auto</td><td>auto|webgpu|wasm|wasm-scalar: which backend the page must use</td></tr>
 * <tr><td>warmup</td><td>2</td><td>warm-up iterations per case, not counted</td></tr>
 * <tr><td>iterations</td><td>5</td><td>timed iterations per case</td></tr>
 * <tr><td>min.time.ms</td><td>0</td><td>keep timing until this much time is spent (more samples)</td></tr>
 * <tr><td>tick.multiple</td><td>20</td><td>each timed sample batches runs (one readback) until it lasts this many
 * times the page's observed completion tick (Firefox: ~100 ms), so the tick is a small share; the page reports time
 * per operation (sample total / operations), see measure.TimingSpec</td></tr>
 * <tr><td>claims</td><td>report</td><td>report|strict: strict fails the build on a REFUTED claim (inconclusive
 * claims are reported, never fail: see claims/README.md)</td></tr>
 * <tr><td>claims.iterations</td><td>5</td><td>timed samples per case in ClaimsIT (at least 5 are needed for a verdict)</td></tr>
 * <tr><td>claims.warmup</td><td>1</td><td>warm-up runs per case in ClaimsIT</td></tr>
 * <tr><td>claims.audio.seconds</td><td>5,15,30,60</td><td>audio durations ClaimsIT runs log-mel (fft and dft) on</td></tr>
 * <tr><td>server.host</td><td>127.0.0.1</td><td>address the harness server binds</td></tr>
 * <tr><td>server.port</td><td>0</td><td>0 picks a free port</td></tr>
 * <tr><td>run.timeout.s</td><td>180</td><td>how long Java waits for one run to finish</td></tr>
 * <tr><td>session.timeout.s</td><td>60</td><td>how long starting a browser session may take</td></tr>
 * <tr><td>grid.url</td><td>(none)</td><td>a Selenium Grid to run sessions on instead of local drivers</td></tr>
 * <tr><td>webdriver.chrome.driver, webdriver.gecko.driver, webdriver.webkit.driver</td><td>(search)</td><td>explicit driver paths</td></tr>
 * <tr><td>chrome.binary, firefox.binary, webkit.binary</td><td>(search)</td><td>explicit browser paths</td></tr>
 * <tr><td>benchmarks</td><td>false</td><td>true runs the benchmark group (KernelBenchmarkIT: roofline probes, size sweeps); long</td></tr>
 * <tr><td>presets</td><td>(all with a graph)</td><td>comma-separated model presets ModelBenchmarkIT runs, e.g.
 * bert-base-uncased,vit-base-patch16-224 (see workload.models.Preset)</td></tr>
 * <tr><td>db.path</td><td>webaccel-history.duckdb</td><td>the benchmark history (DuckDB; relative paths are
 * under the project dir, so it survives mvn clean); none turns the history off</td></tr>
 * <tr><td>db.lock.wait.s</td><td>30</td><td>how long a suite waits for another process that holds the history file
 * before it fails naming that process</td></tr>
 * <tr><td>run.tag</td><td>(none)</td><td>a name for this run in the history (e.g. a release) that -Dbaseline can name</td></tr>
 * <tr><td>baseline</td><td>(last)</td><td>what regressions are judged against: empty = the last complete run on
 * the same environment fingerprint; a run id or tag; last:K = the last K complete runs pooled</td></tr>
 * <tr><td>regressions</td><td>report</td><td>report|strict: strict fails the build on a flagged regression</td></tr>
 * <tr><td>regressions.margin.pct</td><td>20</td><td>a change smaller than this (ratio of medians inside
 * [1/(1+m), 1+m]) is never flagged, however small its p-value</td></tr>
 * <tr><td>model.dir</td><td>(none)</td><td>a Hugging Face model folder (config.json + model.safetensors; bert,
 * vit, clip or llama) that ModelDirIT runs in every selected browser against the Java reference</td></tr>
 * <tr><td>test.slowdown</td><td>(none)</td><td>test setting: case-id-prefix:factor runs each counted operation of
 * matching cases factor times, to show a regression is caught</td></tr>
 * <tr><td>soak.sessions</td><td>5</td><td>browser sessions SoakIT opens one after another (after 2 warm-up
 * sessions) in one engine of the default suite, checking that no process, fd, thread or heap is leaked; e.g. 100</td></tr>
 * <tr><td>soak.benchmark.sessions</td><td>100</td><td>the same in every selected engine in SoakBenchmarkIT
 * (-Dbenchmarks=true)</td></tr>
 * <tr><td>load.samples</td><td>2000</td><td>sample messages each of ConcurrentPagesIT's 8 concurrent pages
 * streams in the default suite (ConcurrentPagesBenchmarkIT: 10,000)</td></tr>
 * <tr><td>webaccel.project.dir</td><td>working directory</td><td>where web-assets/, wgsl/ and target/drivers are found</td></tr>
 * </table>
 */
public record Settings(
        String browser,
        boolean headless,
        String backend,
        int warmup,
        int iterations,
        long minTimeMs,
        int tickMultiple,
        String claims,
        int claimsIterations,
        int claimsWarmup,
        String claimsAudioSeconds,
        String serverHost,
        int serverPort,
        Duration runTimeout,
        Duration sessionTimeout,
        Optional<String> gridUrl,
        Optional<String> chromeDriver,
        Optional<String> geckoDriver,
        Optional<String> webkitDriver,
        Optional<String> chromeBinary,
        Optional<String> firefoxBinary,
        Optional<String> webkitBinary,
        boolean benchmarks,
        String presets,
        String dbPath,
        int dbLockWaitS,
        Optional<String> runTag,
        Optional<String> baseline,
        String regressions,
        int regressionMarginPct,
        Optional<String> testSlowdown,
        Optional<String> modelDir,
        int soakSessions,
        int soakBenchmarkSessions,
        int loadSamples,
        Path projectDir) {
    /** The {@code db.path} value that turns the history off. */
    public static final String NO_HISTORY = "none";


    public static Settings fromEnvironment() {
        return from(System.getenv(), key -> System.getProperty(key));
    }

    /** The environment's settings with some keys replaced, e.g. {@code Map.of("run.timeout.s", "15")} for a test. */
    public static Settings fromEnvironmentWith(Map<String, String> overrides) {
        return from(System.getenv(), key -> overrides.containsKey(key) ? overrides.get(key) : System.getProperty(key));
    }

    /** Builds settings from an environment map and a property lookup; used by tests with fakes. */
    public static Settings from(Map<String, String> env, Function<String, String> properties) {
        Source s = new Source(env, properties);
        return new Settings(
                s.string("browser", "available"),
                s.bool("headless", true),
                s.oneOf("backend", "auto", "auto", "webgpu", "wasm", "wasm-scalar"),
                s.integer("warmup", 2, 0),
                s.integer("iterations", 5, 1),
                s.integer("min.time.ms", 0, 0),
                s.integer("tick.multiple", 20, 1),
                s.oneOf("claims", "report", "report", "strict"),
                s.integer("claims.iterations", 5, 1),
                s.integer("claims.warmup", 1, 0),
                s.string("claims.audio.seconds", "5,15,30,60"),
                s.string("server.host", "127.0.0.1"),
                s.integer("server.port", 0, 0),
                Duration.ofSeconds(s.integer("run.timeout.s", 180, 1)),
                Duration.ofSeconds(s.integer("session.timeout.s", 60, 1)),
                s.optional("grid.url"),
                s.optional("webdriver.chrome.driver"),
                s.optional("webdriver.gecko.driver"),
                s.optional("webdriver.webkit.driver"),
                s.optional("chrome.binary"),
                s.optional("firefox.binary"),
                s.optional("webkit.binary"),
                s.bool("benchmarks", false),
                s.string("presets", ""),
                s.string("db.path", "webaccel-history.duckdb"),
                s.integer("db.lock.wait.s", 30, 0),
                s.optional("run.tag"),
                s.optional("baseline"),
                s.oneOf("regressions", "report", "report", "strict"),
                s.integer("regressions.margin.pct", 20, 1),
                s.optional("test.slowdown"),
                s.optional("model.dir"),
                s.integer("soak.sessions", 5, 1),
                s.integer("soak.benchmark.sessions", 100, 1),
                s.integer("load.samples", 2000, 2),
                Path.of(s.string("webaccel.project.dir", System.getProperty("user.dir"))).toAbsolutePath());
    }

    /** The history file, or empty when {@code -Ddb.path=none}. */
    public Optional<Path> historyFile() {
        if (dbPath.equalsIgnoreCase(NO_HISTORY)) {
            return Optional.empty();
        }
        return Optional.of(projectDir.resolve(dbPath).toAbsolutePath().normalize());
    }

    public boolean strictRegressions() {
        return "strict".equals(regressions);
    }

    public boolean strictClaims() {
        return "strict".equals(claims);
    }

    private record Source(Map<String, String> env, Function<String, String> properties) {
        Optional<String> optional(String key) {
            String value = properties.apply(key);
            if (value == null || value.isBlank()) {
                value = env.get("WEBACCEL_" + key.toUpperCase().replace('.', '_'));
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        String string(String key, String fallback) {
            return optional(key).orElse(fallback);
        }

        boolean bool(String key, boolean fallback) {
            Optional<String> v = optional(key);
            if (v.isEmpty()) {
                return fallback;
            }
            String value = v.get().toLowerCase();
            if (!value.equals("true") && !value.equals("false")) {
                throw new SettingsException(key, v.get(), "true or false");
            }
            return Boolean.parseBoolean(value);
        }

        int integer(String key, int fallback, int min) {
            Optional<String> v = optional(key);
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(v.get());
                if (parsed < min) {
                    throw new SettingsException(key, v.get(), "an integer >= " + min);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new SettingsException(key, v.get(), "an integer >= " + min);
            }
        }

        String oneOf(String key, String fallback, String... allowed) {
            String value = string(key, fallback).toLowerCase();
            for (String a : allowed) {
                if (a.equals(value)) {
                    return a;
                }
            }
            throw new SettingsException(key, value, String.join("|", allowed));
        }
    }
}

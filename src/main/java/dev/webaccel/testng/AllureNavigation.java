package dev.webaccel.testng;

import java.util.Map;
import java.util.Optional;

/**
 * Where every test class sits in the Allure report, in one table so that test classes carry no labels.
 * Suites tree: parent suite = the browser ("unit tests" for unit tests), suite = the class. Behaviors tree: epic and
 * feature after the guide's sections (browser tests by class, unit tests by package), story = the browser or, for
 * unit tests, the class. {@link NavigationLabels} applies it to every result.
 */
public final class AllureNavigation {
    public static final String UNIT_TESTS = "unit tests";
    /** Parent suite of a browser test that runs once for the whole selection (no browser of its own). */
    public static final String ALL_BROWSERS = "all browsers";
    static final String BROWSER_TEST_PACKAGE = "dev.webaccel.it";
    private static final String ROOT_PACKAGE = "dev.webaccel.";

    public record Place(String epic, String feature) {
    }

    /** Browser test classes (simple names) of {@code dev.webaccel.it}. */
    private static final Map<String, Place> BROWSER_TESTS = Map.ofEntries(
            Map.entry("EnginesPresentIT", new Place("Infrastructure", "Browser engines")),
            Map.entry("SessionLifecycleIT", new Place("Infrastructure", "Browser sessions")),
            Map.entry("PageFaultsIT", new Place("Infrastructure", "Faults")),
            Map.entry("GpuLongLoopIT", new Place("Infrastructure", "Faults")),
            Map.entry("ChannelReconnectIT", new Place("Infrastructure", "Result channel")),
            Map.entry("SoakIT", new Place("Infrastructure", "Load and soak")),
            Map.entry("SoakBenchmarkIT", new Place("Infrastructure", "Load and soak")),
            Map.entry("ConcurrentPagesIT", new Place("Infrastructure", "Load and soak")),
            Map.entry("ConcurrentPagesBenchmarkIT", new Place("Infrastructure", "Load and soak")),
            Map.entry("RepeatEquivalenceIT", new Place("Infrastructure", "Measurement")),
            Map.entry("FirstWorkloadIT", new Place("Capabilities", "Capabilities and first workload")),
            Map.entry("KernelCorrectnessIT", new Place("Kernels", "Correctness against Java")),
            Map.entry("BadInputIT", new Place("Kernels", "Bad input")),
            Map.entry("GraphChainIT", new Place("Models", "Graph chain (MLP block)")),
            Map.entry("ModelGoldenIT", new Place("Models", "Golden models vs transformers")),
            Map.entry("ModelCompositeIT", new Place("Models", "Composite models (separate components)")),
            Map.entry("ModelDirIT", new Place("Models", "A model folder (-Dmodel.dir)")),
            Map.entry("ModelWeightsIT", new Place("Models", "Weight files: damage and conversion")),
            Map.entry("ModelPresetIT", new Place("Models", "Real-size presets vs Java")),
            Map.entry("ModelBenchmarkIT", new Place("Optimizations", "Model benchmarks")),
            Map.entry("WasmFallbackIT", new Place("Fallback", "WebAssembly fallback")),
            Map.entry("FaultInjectionIT", new Place("Fallback", "Device loss")),
            Map.entry("KernelBenchmarkIT", new Place("Optimizations", "Kernel benchmarks")),
            Map.entry("WasmBenchmarkIT", new Place("Optimizations", "WebAssembly benchmarks")),
            Map.entry("ClaimsIT", new Place("Claims", "Guide claims")),
            Map.entry("HistoryRegressionIT", new Place("Infrastructure", "History and regressions")),
            Map.entry("RegressionCheckIT", new Place("Infrastructure", "History and regressions")),
            Map.entry("HistoryReportIT", new Place("Infrastructure", "History report")));

    /** Unit tests by package below {@code dev.webaccel}. */
    private static final Map<String, Place> UNIT_PACKAGES = Map.ofEntries(
            Map.entry("claims", new Place("Claims", "Claim verdicts")),
            Map.entry("stats", new Place("Claims", "Statistics")),
            Map.entry("reference", new Place("Kernels", "Java references")),
            Map.entry("workload", new Place("Kernels", "Workloads")),
            Map.entry("workload.cases", new Place("Kernels", "Cases and shaders")),
            Map.entry("fallback", new Place("Fallback", "WebAssembly statistics")),
            Map.entry("bench", new Place("Optimizations", "Benchmark tables")),
            Map.entry("measure", new Place("Infrastructure", "Measurement")),
            Map.entry("browser", new Place("Infrastructure", "Browsers and drivers")),
            Map.entry("channel", new Place("Infrastructure", "Result channel")),
            Map.entry("soak", new Place("Infrastructure", "Load and soak")),
            Map.entry("server", new Place("Infrastructure", "Harness server")),
            Map.entry("protocol", new Place("Infrastructure", "Protocol")),
            Map.entry("config", new Place("Infrastructure", "Settings")),
            Map.entry("harness", new Place("Infrastructure", "Harness")),
            Map.entry("results", new Place("Infrastructure", "Result records")),
            Map.entry("history", new Place("Infrastructure", "History")),
            Map.entry("report", new Place("Infrastructure", "Reports")),
            Map.entry("testng", new Place("Infrastructure", "TestNG and Allure")));

    private AllureNavigation() {
    }

    /** Whether the class (fully qualified) is a browser test. */
    public static boolean isBrowserTest(String className) {
        return packageOf(className).equals(BROWSER_TEST_PACKAGE);
    }

    /** Epic and feature of a test class (fully qualified); a class missing from the tables is "Unmapped". */
    public static Place place(String className) {
        if (isBrowserTest(className)) {
            return Optional.ofNullable(BROWSER_TESTS.get(simpleName(className)))
                    .orElse(new Place("Unmapped", simpleName(className)));
        }
        String pkg = packageOf(className);
        String below = pkg.startsWith(ROOT_PACKAGE) ? pkg.substring(ROOT_PACKAGE.length()) : pkg;
        return Optional.ofNullable(UNIT_PACKAGES.get(below))
                .or(() -> Optional.ofNullable(UNIT_PACKAGES.get(below.split("\\.")[0])))
                .orElse(new Place("Unmapped", below));
    }

    /** The browser's id for a browser test, "unit tests" for any other class. */
    public static String parentSuite(String className, Optional<String> browser) {
        return isBrowserTest(className) ? browser.orElse(ALL_BROWSERS) : UNIT_TESTS;
    }

    /** Groups a feature's tests: by browser for browser tests, by class for unit tests. */
    public static String story(String className, Optional<String> browser) {
        return isBrowserTest(className) ? browser.orElse(ALL_BROWSERS) : simpleName(className);
    }

    public static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}

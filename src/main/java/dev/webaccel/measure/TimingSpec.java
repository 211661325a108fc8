package dev.webaccel.measure;

import dev.webaccel.config.Settings;

/**
 * How one case is timed, declared once per case and applied by one module in the page
 * ({@code web-assets/js/measure/}), which is also the only place that divides:
 * <ol>
 *   <li>a cold sample: prepare (pipelines, uploads) + one operation;</li>
 *   <li>{@code warmup} samples of {@code opsPerRun} operations, not counted;</li>
 *   <li>sizing: the page multiplies {@code opsPerRun} by a batch B until one sample lasts at least
 *   max({@code tickMultiple} x the page's completion tick, {@code minSampleMs});</li>
 *   <li>timed samples of {@code opsPerRun} x B operations ending at one readback, until both {@code iterations}
 *   and {@code minTimeMs} are reached; each reports time per operation and its operation count.</li>
 * </ol>
 * On WebGPU the operations of one sample are encoded into one compute pass; on WebAssembly they are called in
 * sequence; either way the sample ends at one readback.
 *
 * @param tickMultiple 1 turns tick sizing off (a sample may then be as short as one completion tick)
 * @param opsPerRun operations per timed sample before sizing (JMH's operations per invocation)
 * @param minSampleMs a floor on the sample length (benchmarks: long samples on slow adapters); 0 for none
 * @param slowdown a test setting ({@code -Dtest.slowdown}): the page runs every counted operation this many times
 * and counts it once, so the workload really is that much slower in the browser and regression detection can be
 * shown to catch it; 1 (off) everywhere else. The page names it in the timing method.
 */
public record TimingSpec(int warmup, int iterations, long minTimeMs, int tickMultiple, int opsPerRun,
                         double minSampleMs, int slowdown) {
    public static final int MAX_SLOWDOWN = 64;

    public static final int DEFAULT_TICK_MULTIPLE = 20;
    /** The page caps operations per sample at this many (a guard against runaway sizing). */
    public static final int MAX_OPS_PER_SAMPLE = 65_536;

    public TimingSpec {
        require(warmup >= 0, "warmup must be >= 0, was " + warmup);
        require(iterations >= 1, "iterations must be >= 1, was " + iterations);
        require(minTimeMs >= 0, "minTimeMs must be >= 0, was " + minTimeMs);
        require(tickMultiple >= 1, "tickMultiple must be >= 1, was " + tickMultiple);
        require(opsPerRun >= 1 && opsPerRun <= MAX_OPS_PER_SAMPLE,
                "opsPerRun must be in 1.." + MAX_OPS_PER_SAMPLE + ", was " + opsPerRun);
        require(minSampleMs >= 0 && Double.isFinite(minSampleMs), "minSampleMs must be finite and >= 0, was " + minSampleMs);
        require(slowdown >= 1 && slowdown <= MAX_SLOWDOWN, "slowdown must be in 1.." + MAX_SLOWDOWN + ", was " + slowdown);
    }

    /** Not slowed down: what every suite uses. */
    public TimingSpec(int warmup, int iterations, long minTimeMs, int tickMultiple, int opsPerRun, double minSampleMs) {
        this(warmup, iterations, minTimeMs, tickMultiple, opsPerRun, minSampleMs, 1);
    }

    /** -Dwarmup, -Diterations, -Dmin.time.ms, -Dtick.multiple; one operation per run. */
    public static TimingSpec of(Settings settings) {
        return new TimingSpec(settings.warmup(), settings.iterations(), settings.minTimeMs(), settings.tickMultiple(),
                1, 0);
    }

    /**
     * For correctness suites: one cold and one timed sample, no warm-up and no sizing against the completion tick,
     * so a 49-case Firefox run stays in seconds.
     */
    public static TimingSpec correctness() {
        return new TimingSpec(0, 1, 0, 1, 1, 0);
    }

    public TimingSpec withOpsPerRun(int ops) {
        return new TimingSpec(warmup, iterations, minTimeMs, tickMultiple, ops, minSampleMs, slowdown);
    }

    public TimingSpec withMinSampleMs(double ms) {
        return new TimingSpec(warmup, iterations, minTimeMs, tickMultiple, opsPerRun, ms, slowdown);
    }

    public TimingSpec withTickMultiple(int multiple) {
        return new TimingSpec(warmup, iterations, minTimeMs, multiple, opsPerRun, minSampleMs, slowdown);
    }

    /** The test setting {@code -Dtest.slowdown}: every counted operation runs {@code factor} times. */
    public TimingSpec withSlowdown(int factor) {
        return new TimingSpec(warmup, iterations, minTimeMs, tickMultiple, opsPerRun, minSampleMs, factor);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("timing: " + message);
        }
    }
}

package dev.webaccel.bench;

import dev.webaccel.stats.Summary;

/**
 * One kernel at one size in one browser: per-dispatch time statistics and what they mean against the roofline.
 *
 * @param label browser, version and adapter ({@code RunResult.label()})
 * @param method how a timed sample was taken, including the repeat count
 * @param perDispatchMs summary of (timed run wall time / repeat) over the timed runs
 * @param totalMedianMs median wall time of one timed run (repeat dispatches + one readback)
 */
public record BenchmarkRow(String label, String method, String caseId, String op, int repeat, Summary perDispatchMs,
                           double totalMedianMs, WorkCost cost, double gflops, double gbPerS, double rooflineShare,
                           boolean outputChecked) {
}

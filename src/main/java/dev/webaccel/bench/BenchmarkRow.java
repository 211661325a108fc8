package dev.webaccel.bench;

import dev.webaccel.stats.Summary;

/**
 * One kernel at one size in one browser: per-operation time statistics and what they mean against the roofline.
 *
 * @param label browser, version and adapter
 * @param method how the per-operation times were taken (GPU timestamps or wall clock) and the operations per sample
 * @param perOperationMs summary of the per-operation times of the timed samples (divided once, by the page)
 */
public record BenchmarkRow(String label, String method, String caseId, String op, int opsPerSample,
                           Summary perOperationMs, double gflops, double gbPerS, double rooflineShare,
                           boolean outputChecked) {
}

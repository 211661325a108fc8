package dev.webaccel.bench;

import dev.webaccel.workload.KernelCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a benchmark into page runs: the roofline probes first on every page (so each kernel has a roofline
 * measured in its own page), then at most {@code kernelsPerPage} kernels, so that one page stays well within the
 * run timeout even when the page sizes every sample to a long {@code minSampleMs}.
 */
public final class BenchmarkPages {
    private BenchmarkPages() {
    }

    public static List<List<KernelCase>> split(List<KernelCase> probes, List<KernelCase> kernels, int kernelsPerPage) {
        if (kernelsPerPage < 1) {
            throw new IllegalArgumentException("kernelsPerPage must be >= 1, was " + kernelsPerPage);
        }
        List<List<KernelCase>> pages = new ArrayList<>();
        for (int from = 0; from < kernels.size(); from += kernelsPerPage) {
            List<KernelCase> page = new ArrayList<>(probes);
            page.addAll(kernels.subList(from, Math.min(kernels.size(), from + kernelsPerPage)));
            pages.add(List.copyOf(page));
        }
        return pages;
    }
}

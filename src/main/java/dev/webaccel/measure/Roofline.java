package dev.webaccel.measure;

/**
 * The measured ceilings of one page: peak FMA throughput and copy bandwidth, from the probes of
 * {@code wgsl/probe.wgsl} run in the same page as the kernels (medians of their per-dispatch times).
 */
public record Roofline(double peakGflops, double peakGbPerS) {
    /** What the roofline model allows a kernel of this intensity: min(peak flops, intensity x bandwidth). */
    public double attainableGflops(WorkCost cost) {
        return Math.min(peakGflops, cost.arithmeticIntensity() * peakGbPerS);
    }

    /** The share of the roofline a measured time reaches: by flops where they are counted, else by bytes. */
    public double share(WorkCost cost, double perDispatchMs) {
        double seconds = perDispatchMs / 1e3;
        if (Double.isFinite(cost.flops()) && cost.flops() > 0) {
            return cost.flops() / seconds / 1e9 / attainableGflops(cost);
        }
        return cost.bytes() / seconds / 1e9 / peakGbPerS;
    }
}

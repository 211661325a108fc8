package dev.webaccel.workload;

/** Deterministic xorshift64* generator: the same seed gives the same numbers on every JVM. */
public final class SeededRandom {
    private long state;

    public SeededRandom(long seed) {
        // xorshift has a fixed point at 0; mix the seed so every seed (0 included) gives a live state.
        long s = seed ^ 0x9E3779B97F4A7C15L;
        this.state = s == 0 ? 0x9E3779B97F4A7C15L : s;
    }

    public long nextLong() {
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return state * 0x2545F4914F6CDD1DL;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** n floats uniform in [lo, hi). */
    public float[] uniform(int n, float lo, float hi) {
        float[] out = new float[n];
        double span = (double) hi - lo;
        for (int i = 0; i < n; i++) {
            out[i] = (float) (lo + span * nextDouble());
        }
        return out;
    }

    /** Standard normal by Box-Muller. */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}

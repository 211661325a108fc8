package dev.webaccel.protocol;

/**
 * How a figure was timed. The page describes each sample in words ({@code Sample.method}); Java classifies the
 * series it builds from them with these, and every figure carries its method.
 */
public enum TimingMethod {
    /** GPU timestamp queries at the beginning and end of the compute pass, divided by the operations in it. */
    GPU_TIMESTAMP("GPU timestamp-query (compute pass begin..end)"),
    /** performance.now() from the first operation to the readback that ends the sample, divided by its operations. */
    WALL_CLOCK("performance.now() to readback"),
    /** performance.now() around prepare (pipelines, uploads) and the first operation. */
    COLD_WALL_CLOCK("performance.now() prepare + first run");

    private final String description;

    TimingMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}

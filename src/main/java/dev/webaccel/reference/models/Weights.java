package dev.webaccel.reference.models;

import java.util.Map;

/** A model's weights keyed by Hugging Face tensor names, each checked for its expected size when taken. */
public final class Weights {
    private final Map<String, float[]> byName;

    public Weights(Map<String, float[]> byName) {
        this.byName = Map.copyOf(byName);
    }

    public float[] get(String name, int expectedLength) {
        float[] w = byName.get(name);
        if (w == null) {
            throw new IllegalArgumentException("missing weight '" + name + "'");
        }
        return checked(name, w, expectedLength);
    }

    /** The weight, or null where the model has none under that name (e.g. a projection without bias). */
    public float[] optional(String name, int expectedLength) {
        float[] w = byName.get(name);
        return w == null ? null : checked(name, w, expectedLength);
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    private static float[] checked(String name, float[] w, int expectedLength) {
        if (w.length != expectedLength) {
            throw new IllegalArgumentException("weight '" + name + "' holds " + w.length + " values, expected "
                    + expectedLength);
        }
        return w;
    }
}

package dev.webaccel.reference;

/** Flat concatenation: parts[0] ++ parts[1] ++ ..., values copied unchanged. */
public final class Concat {
    private Concat() {
    }

    public static float[] flat(float[]... parts) {
        Shapes.require(parts.length > 0, "concat needs at least one part");
        int total = 0;
        for (float[] part : parts) {
            total = Math.addExact(total, part.length);
        }
        float[] out = new float[total];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}

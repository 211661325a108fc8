package dev.webaccel.reference;

/** Embedding lookup: row ids[i] of a vocab x dim table becomes row i of the output. */
public final class Gather {
    private Gather() {
    }

    public static float[] rows(float[] table, int dim, int[] ids) {
        Shapes.require(dim > 0 && table.length % dim == 0, "table must hold vocab*dim values");
        int vocab = table.length / dim;
        float[] out = new float[ids.length * dim];
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            Shapes.require(id >= 0 && id < vocab, "id " + id + " at position " + i + " is outside [0, " + vocab + ")");
            System.arraycopy(table, id * dim, out, i * dim, dim);
        }
        return out;
    }
}

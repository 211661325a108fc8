package dev.webaccel.workload.cases;

import dev.webaccel.reference.Gather;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * Embedding lookup against {@link Gather}: ids are sent as f32 values holding integers (exact below 2^24). The
 * first and last row of the table are always looked up (ids 0 and vocab - 1), repeats are likely. Ids outside
 * [0, vocab) make the page write NaN rows, which every check reports as non-finite; the cases here use valid ids.
 */
public final class GatherCases {
    private GatherCases() {
    }

    public static KernelCase of(int rows, int dim, int vocab, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] table = random.uniform(vocab * dim, -1f, 1f);
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r == 0 ? vocab - 1 : r == 1 ? 0 : random.nextInt(vocab);
        }
        float[] idValues = new float[rows];
        for (int r = 0; r < rows; r++) {
            idValues[r] = ids[r];
        }
        float[] expected = Gather.rows(table, dim, ids);
        return new KernelCase("gather-" + rows + "x" + dim + "-of-" + vocab, "gather",
                Map.of("rows", rows, "dim", dim, "vocab", vocab), new KernelSpec("gather.wgsl", "gather", Map.of()),
                List.of(InputTensor.f32("table", table, vocab, dim), InputTensor.f32("ids", idValues, rows)),
                List.of(rows, dim), expected, new float[expected.length],
                new Tolerance(0, 0, "a copy of table rows: bit for bit"));
    }
}

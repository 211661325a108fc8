package dev.webaccel.workload.cases;

import dev.webaccel.reference.Concat;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flat concatenation of parts in0, in1, ... of the given lengths, against {@link Concat}. */
public final class ConcatCases {
    private ConcatCases() {
    }

    public static KernelCase of(long seed, int... lengths) {
        SeededRandom random = new SeededRandom(seed);
        float[][] parts = new float[lengths.length][];
        List<InputTensor> inputs = new ArrayList<>();
        StringBuilder id = new StringBuilder("concat");
        for (int i = 0; i < lengths.length; i++) {
            parts[i] = random.uniform(lengths[i], -1f, 1f);
            inputs.add(InputTensor.f32("in" + i, parts[i], lengths[i]));
            id.append(i == 0 ? "-" : "_").append(lengths[i]);
        }
        float[] expected = Concat.flat(parts);
        return new KernelCase(id.toString(), "concat", Map.of("parts", lengths.length),
                new KernelSpec("concat.wgsl", "concat", Map.of()), inputs, List.of(expected.length), expected,
                new float[expected.length], new Tolerance(0, 0, "a copy: bit for bit"));
    }
}

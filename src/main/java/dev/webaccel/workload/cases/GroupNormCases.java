package dev.webaccel.workload.cases;

import dev.webaccel.reference.GroupNorm;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** GroupNorm on channels-first x against {@link GroupNorm} (wav2vec2's feature encoder: groups == channels). */
public final class GroupNormCases {
    public static final double EPS = 1e-5;

    private GroupNormCases() {
    }

    /** x uniform in [mean - 1, mean + 1], gamma in [0.5, 1.5], beta in [-0.5, 0.5]. */
    public static KernelCase of(int channels, int length, int groups, float mean, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(channels * length, mean - 1f, mean + 1f);
        float[] gamma = random.uniform(channels, 0.5f, 1.5f);
        float[] beta = random.uniform(channels, -0.5f, 0.5f);
        float[] y = GroupNorm.normalize(x, channels, length, groups, gamma, beta, EPS);
        return new KernelCase("groupnorm-" + channels + "x" + length + "-g" + groups + "-mean" + Math.round(mean),
                "groupnorm", Map.of("channels", channels, "length", length, "groups", groups, "eps", EPS),
                new KernelSpec("groupnorm.wgsl", "groupnorm", Map.of()),
                List.of(InputTensor.f32("x", x, channels, length), InputTensor.f32("gamma", gamma, channels),
                        InputTensor.f32("beta", beta, channels)),
                List.of(channels, length), y, CaseMath.atLeastOne(y),
                new Tolerance(0, 1e-4, "f32 sums over a group's channels*length values (up to 2.6e5 terms, per "
                        + "invocation span/256), x - mean loses log2(|mean|/std) bits, |mean|/std <= 200: 1e-4*max(1,|y|)"));
    }
}

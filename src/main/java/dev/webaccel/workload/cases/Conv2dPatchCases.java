package dev.webaccel.workload.cases;

import dev.webaccel.reference.Conv2dPatch;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** ViT patch embedding (conv2d, kernel = stride = patch): ViT-B/16 is 3x224x224, patch 16, dim 768. */
public final class Conv2dPatchCases {
    private Conv2dPatchCases() {
    }

    public static KernelCase of(int channels, int height, int width, int patch, int dim, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] image = random.uniform(channels * height * width, -1f, 1f);
        float[] w = random.uniform(dim * channels * patch * patch, -0.1f, 0.1f);
        float[] bias = random.uniform(dim, -0.1f, 0.1f);
        float[] y = Conv2dPatch.embed(image, w, bias, channels, height, width, dim, patch);
        float[] absSums = Conv2dPatch.embed(CaseMath.abs(image), CaseMath.abs(w), CaseMath.abs(bias), channels, height,
                width, dim, patch);
        int tokens = (height / patch) * (width / patch);
        int terms = channels * patch * patch;
        return new KernelCase("conv2d-patch-" + channels + "x" + height + "x" + width + "-p" + patch + "-d" + dim,
                "conv2d_patch", Map.of("channels", channels, "height", height, "width", width, "dim", dim, "patch", patch),
                new KernelSpec("conv2d_patch.wgsl", "conv2d_patch", Map.of()),
                List.of(InputTensor.f32("image", image, channels, height, width),
                        InputTensor.f32("w", w, dim, channels, patch, patch), InputTensor.f32("bias", bias, dim)),
                List.of(tokens, dim), y, absSums,
                new Tolerance(1e-30, (terms + 2) * CaseMath.U, "dot product of C*P^2 terms plus bias: (C*P^2+2)*2^-24*sum|w*x|"));
    }
}

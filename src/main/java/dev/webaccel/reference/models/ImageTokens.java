package dev.webaccel.reference.models;

import dev.webaccel.reference.Conv2dPatch;
import dev.webaccel.reference.Elementwise;

/** The vision transformers' token sequence: [class token; patch embeddings] + position embeddings, per image. */
final class ImageTokens {
    private ImageTokens() {
    }

    /**
     * pixels: batch x channels x size x size; patchWeight: hidden x channels x patch x patch, patchBias nullable;
     * classToken: hidden; positions: (1 + patches) x hidden. Returns (batch * (1 + patches)) x hidden.
     */
    static float[] embed(float[] pixels, int batch, int channels, int size, int patch, int hidden, float[] patchWeight,
                         float[] patchBias, float[] classToken, float[] positions) {
        int patches = (size / patch) * (size / patch);
        int imageValues = channels * size * size;
        float[] bias = patchBias == null ? new float[hidden] : patchBias;
        float[] embedded = new float[batch * patches * hidden];
        for (int b = 0; b < batch; b++) {
            float[] image = java.util.Arrays.copyOfRange(pixels, b * imageValues, (b + 1) * imageValues);
            float[] one = Conv2dPatch.embed(image, patchWeight, bias, channels, size, size, hidden, patch);
            System.arraycopy(one, 0, embedded, b * patches * hidden, one.length);
        }
        float[] tokens = Tokens.prepend(classToken, embedded, batch, patches, hidden);
        return Elementwise.add(tokens, repeat(positions, batch));
    }

    private static float[] repeat(float[] x, int times) {
        float[] out = new float[x.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(x, 0, out, t * x.length, x.length);
        }
        return out;
    }
}

package dev.webaccel.reference;

/**
 * ViT patch embedding: Conv2d with kernel = stride = patch, no padding, output flattened to tokens.
 * image: channels x height x width; w: dim x channels x patch x patch; out: (height/patch * width/patch) x dim,
 * patches in raster order (row of patches first).
 */
public final class Conv2dPatch {
    private Conv2dPatch() {
    }

    public static float[] embed(float[] image, float[] w, float[] bias, int channels, int height, int width,
                                int dim, int patch) {
        Shapes.require(image.length == channels * height * width, "image must hold channels*height*width values");
        Shapes.require(w.length == dim * channels * patch * patch, "w must hold dim*channels*patch*patch values");
        Shapes.require(bias.length == dim, "bias must hold dim values");
        int gridH = height / patch;
        int gridW = width / patch;
        float[] out = new float[gridH * gridW * dim];
        for (int py = 0; py < gridH; py++) {
            for (int px = 0; px < gridW; px++) {
                int token = py * gridW + px;
                for (int o = 0; o < dim; o++) {
                    double sum = bias[o];
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < patch; ky++) {
                            for (int kx = 0; kx < patch; kx++) {
                                float pixel = image[(c * height + py * patch + ky) * width + px * patch + kx];
                                sum += (double) w[((o * channels + c) * patch + ky) * patch + kx] * pixel;
                            }
                        }
                    }
                    out[token * dim + o] = (float) sum;
                }
            }
        }
        return out;
    }
}

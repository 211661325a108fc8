package dev.webaccel.reference;

/**
 * Quantizes and packs weights exactly as wgsl/qmatmul.wgsl unpacks them.
 *
 * <p>Layout: each row (output channel) starts on a fresh u32 word. A word holds floor(32 / bits) codes
 * (8 bit: 4, 4 bit: 8, 3 bit: 10, 2 bit: 16); code c of a row lives in word c / perWord at bit offset
 * (c % perWord) * bits, least significant bits first. 3-bit codes never straddle words: the top 2 bits of
 * every 3-bit word are zero. Unused slots at the end of a row are zero.
 */
public final class WeightPacker {
    private WeightPacker() {
    }

    public static int valuesPerWord(int bits) {
        requireBits(bits);
        return 32 / bits;
    }

    public static int wordsPerRow(int cols, int bits) {
        int vpw = valuesPerWord(bits);
        return (cols + vpw - 1) / vpw;
    }

    public static void requireBits(int bits) {
        Shapes.require(bits == 2 || bits == 3 || bits == 4 || bits == 8, "bits must be 2, 3, 4 or 8: " + bits);
    }

    public static int[] pack(int[] codes, int rows, int cols, int bits) {
        Shapes.require(codes.length == rows * cols, "codes must hold rows*cols values");
        int vpw = valuesPerWord(bits);
        int wpr = wordsPerRow(cols, bits);
        int max = (1 << bits) - 1;
        int[] words = new int[rows * wpr];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int code = codes[r * cols + c];
                Shapes.require(code >= 0 && code <= max, "code out of range for " + bits + " bits: " + code);
                words[r * wpr + c / vpw] |= code << ((c % vpw) * bits);
            }
        }
        return words;
    }

    public static int[] unpack(int[] words, int rows, int cols, int bits) {
        int vpw = valuesPerWord(bits);
        int wpr = wordsPerRow(cols, bits);
        Shapes.require(words.length == rows * wpr, "words must hold rows*wordsPerRow values");
        int mask = (1 << bits) - 1;
        int[] codes = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                codes[r * cols + c] = (words[r * wpr + c / vpw] >>> ((c % vpw) * bits)) & mask;
            }
        }
        return codes;
    }

    /** groupSize = cols gives one scale per output channel (per-channel quantization). */
    public static PackedWeights quantize(float[] w, int rows, int cols, int bits, int groupSize, QuantScheme scheme) {
        requireBits(bits);
        Shapes.require(w.length == rows * cols, "w must hold rows*cols values");
        Shapes.require(groupSize > 0 && groupSize <= cols, "groupSize must be in [1, cols]");
        int groups = (cols + groupSize - 1) / groupSize;
        float[] scales = new float[rows * groups];
        float[] zeros = new float[rows * groups];
        int[] codes = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                int from = r * cols + g * groupSize;
                int to = r * cols + Math.min(cols, (g + 1) * groupSize);
                GroupParams p = scheme == QuantScheme.SYMMETRIC
                        ? symmetric(w, from, to, bits) : asymmetric(w, from, to, bits);
                scales[r * groups + g] = p.scale;
                zeros[r * groups + g] = p.zero;
                int max = (1 << bits) - 1;
                for (int i = from; i < to; i++) {
                    long q = Math.round(w[i] / (double) p.scale) + (long) p.zero;
                    codes[i] = (int) Math.max(p.minCode, Math.min(max, q));
                }
            }
        }
        return new PackedWeights(bits, rows, cols, groupSize, scheme, pack(codes, rows, cols, bits), scales, zeros);
    }

    private record GroupParams(float scale, float zero, int minCode) {
    }

    private static GroupParams symmetric(float[] w, int from, int to, int bits) {
        double maxAbs = 0.0;
        for (int i = from; i < to; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(w[i]));
        }
        int half = 1 << (bits - 1);
        float scale = maxAbs == 0.0 ? 1.0f : (float) (maxAbs / (half - 1));
        // Code 0 (= -half) is never produced, so the grid stays symmetric around zero.
        return new GroupParams(scale, half, 1);
    }

    private static GroupParams asymmetric(float[] w, int from, int to, int bits) {
        double lo = 0.0;
        double hi = 0.0;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, w[i]);
            hi = Math.max(hi, w[i]);
        }
        int levels = (1 << bits) - 1;
        float scale = hi == lo ? 1.0f : (float) ((hi - lo) / levels);
        long zero = Math.max(0, Math.min(levels, Math.round(-lo / scale)));
        return new GroupParams(scale, zero, 0);
    }
}

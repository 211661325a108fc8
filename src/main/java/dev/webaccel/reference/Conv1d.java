package dev.webaccel.reference;

/**
 * 1-D convolution with zero padding (PyTorch Conv1d, batch 1): x is cin x length, w is cout x cin x kernel,
 * out is cout x outLength, outLength = (length + 2 pad - kernel) / stride + 1. Optionally followed by the exact
 * (erf) GELU, as Whisper's encoder stem: gelu(conv1(mel)), gelu(conv2(.)) with conv2 stride 2.
 */
public final class Conv1d {
    private Conv1d() {
    }

    public static int outLength(int length, int kernel, int stride, int pad) {
        return (length + 2 * pad - kernel) / stride + 1;
    }

    /**
     * One convolution's shape: x is cin x length, w is cout x (cin/groups) x kernel, and the output drops its last
     * {@code trim} frames (wav2vec2's SamePad removes one for an even kernel).
     */
    public record Shape(int cin, int length, int cout, int kernel, int stride, int pad, int groups, int trim) {
        public Shape {
            Shapes.require(cin > 0 && length > 0 && cout > 0 && kernel > 0 && stride > 0 && pad >= 0 && trim >= 0,
                    "cin, length, cout, kernel and stride must be positive, pad and trim not negative");
            Shapes.require(groups > 0 && cin % groups == 0 && cout % groups == 0, "cin and cout must be multiples of groups");
            Shapes.require(Conv1d.outLength(length, kernel, stride, pad) - trim >= 1,
                    "the output must keep at least one frame after trim");
        }

        /** Frames of the output, after trim. */
        public int outLength() {
            return Conv1d.outLength(length, kernel, stride, pad) - trim;
        }

        public int weightLength() {
            return cout * (cin / groups) * kernel;
        }
    }

    /** The general convolution: bias may be null (no bias), then the optional exact GELU, then the trim. */
    public static float[] apply(Shape s, float[] x, float[] w, float[] bias, boolean gelu) {
        float[] b = bias == null ? new float[s.cout()] : bias;
        float[] full = convolve(x, w, b, s.cin(), s.length(), s.cout(), s.kernel(), s.stride(), s.pad(), s.groups(), gelu);
        int fullLength = outLength(s.length(), s.kernel(), s.stride(), s.pad());
        if (s.trim() == 0) {
            return full;
        }
        int kept = s.outLength();
        float[] out = new float[s.cout() * kept];
        for (int o = 0; o < s.cout(); o++) {
            System.arraycopy(full, o * fullLength, out, o * kept, kept);
        }
        return out;
    }

    public static float[] apply(float[] x, float[] w, float[] bias, int cin, int length, int cout,
                                int kernel, int stride, int pad, boolean gelu) {
        return convolve(x, w, bias, cin, length, cout, kernel, stride, pad, 1, gelu);
    }

    /**
     * Grouped convolution (PyTorch Conv1d groups): w is cout x (cin/groups) x kernel; output channel o reads the
     * input channels of its group, o / (cout/groups).
     */
    public static float[] grouped(float[] x, float[] w, float[] bias, int cin, int length, int cout,
                                  int kernel, int stride, int pad, int groups) {
        return convolve(x, w, bias, cin, length, cout, kernel, stride, pad, groups, false);
    }

    private static float[] convolve(float[] x, float[] w, float[] bias, int cin, int length, int cout,
                                    int kernel, int stride, int pad, int groups, boolean gelu) {
        Shapes.require(groups > 0 && cin % groups == 0 && cout % groups == 0, "cin and cout must be multiples of groups");
        int groupIn = cin / groups;
        int groupOut = cout / groups;
        Shapes.require(x.length == cin * length, "x must hold cin*length values");
        Shapes.require(w.length == cout * groupIn * kernel, "w must hold cout*(cin/groups)*kernel values");
        Shapes.require(bias.length == cout, "bias must hold cout values");
        int outLength = outLength(length, kernel, stride, pad);
        float[] out = new float[cout * outLength];
        for (int o = 0; o < cout; o++) {
            int firstIn = (o / groupOut) * groupIn;
            for (int t = 0; t < outLength; t++) {
                double sum = bias[o];
                for (int c = 0; c < groupIn; c++) {
                    for (int j = 0; j < kernel; j++) {
                        int at = t * stride + j - pad;
                        if (at >= 0 && at < length) {
                            sum += (double) w[(o * groupIn + c) * kernel + j] * x[(firstIn + c) * length + at];
                        }
                    }
                }
                out[o * outLength + t] = (float) (gelu ? Elementwise.geluErf(sum) : sum);
            }
        }
        return out;
    }
}

package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import java.util.function.UnaryOperator;

/** The activations Hugging Face configs name (hidden_act, activation_function), as its ACT2FN maps them. */
public enum Activation {
    /** "gelu": GELUActivation, the exact erf form. */
    GELU_ERF("gelu", Elementwise::geluErf),
    /** "gelu_new", "gelu_pytorch_tanh": the tanh approximation. */
    GELU_TANH("gelu_new", Elementwise::geluTanh),
    /** "quick_gelu": x * sigmoid(1.702 x) (CLIP). */
    QUICK_GELU("quick_gelu", Elementwise::quickGelu),
    SILU("silu", Elementwise::silu),
    RELU("relu", x -> relu(x));

    private final String hfName;
    private final UnaryOperator<float[]> function;

    Activation(String hfName, UnaryOperator<float[]> function) {
        this.hfName = hfName;
        this.function = function;
    }

    public float[] apply(float[] x) {
        return function.apply(x);
    }

    public static Activation forHfName(String name) {
        switch (name) {
            case "gelu_pytorch_tanh", "gelu_fast":
                return GELU_TANH;
            case "swish":
                return SILU;
            default:
                for (Activation a : values()) {
                    if (a.hfName.equals(name)) {
                        return a;
                    }
                }
                throw new IllegalArgumentException("unsupported activation '" + name + "'");
        }
    }

    private static float[] relu(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.max(0f, x[i]);
        }
        return out;
    }
}

package dev.webaccel.workload.cases;

import java.util.Locale;

/**
 * Weight bits per layer type: the guide's {@code configure_precision(default_bits=4, attention_bits=8,
 * feed_forward_bits=2, adaptive=True)}. A preset of inputs for tests and benchmarks, not a claim that it is good.
 */
public record MixedPrecision(int attentionBits, int feedForwardBits, int defaultBits) {
    /** The guide's example: attention 8-bit, feed-forward 2-bit, everything else 4-bit. */
    public static final MixedPrecision GUIDE = new MixedPrecision(8, 2, 4);

    public MixedPrecision {
        for (int bits : new int[] {attentionBits, feedForwardBits, defaultBits}) {
            ShaderCatalogue.requireQuantizedBits(bits);
        }
    }

    /** Bits for a layer type: attention, feed_forward (or ffn, mlp), anything else (or null) is the default. */
    public int bitsFor(String layerType) {
        return switch (normalize(layerType)) {
            case "attention" -> attentionBits;
            case "feed_forward" -> feedForwardBits;
            default -> defaultBits;
        };
    }

    static String normalize(String layerType) {
        if (layerType == null || layerType.isBlank()) {
            return "default";
        }
        String t = layerType.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "attention", "attn", "self_attention" -> "attention";
            case "feed_forward", "feedforward", "ffn", "mlp" -> "feed_forward";
            default -> "default";
        };
    }
}

package dev.webaccel.workload.models;

import dev.webaccel.reference.models.Activation;

/**
 * One transformer encoder layer over x[rows = batch*seq, hidden], by the names its family gives its weights.
 * Post-norm (BERT, Wav2Vec2): LN(x + attn(x)), then LN(h + mlp(h)). Pre-norm (ViT, CLIP, Whisper):
 * x + attn(LN(x)), then h + mlp(LN(h)).
 *
 * @param q,k,v,o the projections' prefixes ({@code <prefix>.weight}, {@code <prefix>.bias})
 * @param norm1 the norm around attention, {@code norm2} the one around the MLP
 * @param activation the elementwise kernel entry of the MLP (gelu_erf, quick_gelu, gelu, silu)
 */
public record EncoderLayerGraph(String q, String k, String v, String o, String norm1, String norm2, String fc1, String fc2,
                           String activation, boolean preNorm, boolean kBias) {

    /** The layer's output tensor. */
    public String build(GraphBuilder g, String x, int batch, int seq, int hidden, int heads, int ffn, double eps,
                        String keyMask, boolean causal) {
        int rows = batch * seq;
        String attnIn = preNorm ? g.layerNorm(x, rows, hidden, norm1, eps) : x;
        String qs = g.linear(attnIn, rows, hidden, q, hidden, true);
        String ks = g.linear(attnIn, rows, hidden, k, hidden, kBias);
        String vs = g.linear(attnIn, rows, hidden, v, hidden, true);
        String attn = g.attention(qs, ks, vs, AttentionShape.self(batch, seq, heads, hidden / heads, causal), keyMask);
        String projected = g.linear(attn, rows, hidden, o, hidden, true);
        String h = g.add(x, projected, rows, hidden);
        if (!preNorm) {
            h = g.layerNorm(h, rows, hidden, norm1, eps);
        }
        String mlpIn = preNorm ? g.layerNorm(h, rows, hidden, norm2, eps) : h;
        String up = g.unary(activation, g.linear(mlpIn, rows, hidden, fc1, ffn, true), rows, ffn);
        String down = g.linear(up, rows, ffn, fc2, hidden, true);
        String out = g.add(h, down, rows, hidden);
        return preNorm ? out : g.layerNorm(out, rows, hidden, norm2, eps);
    }

    /** The elementwise kernel entry of a Hugging Face activation key (hidden_act, activation_function). */
    public static String activation(ModelConfig config, String key) {
        Activation act = HfConfigs.activation(config, key);
        return switch (act) {
            case GELU_ERF -> "gelu_erf";
            case GELU_TANH -> "gelu";
            case QUICK_GELU -> "quick_gelu";
            case SILU -> "silu";
            default -> throw new ModelException(config.source() + ": " + key + " " + act + " has no page kernel; "
                    + "the page runs gelu, gelu_new, gelu_pytorch_tanh, quick_gelu and silu");
        };
    }
}

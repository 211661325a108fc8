package dev.webaccel.workload.models;

import dev.webaccel.reference.models.Activation;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * LlamaForCausalLM, one prompt, no KV cache: token embeddings, decoder layers (RMSNorm, rotary positions on q and k,
 * causal grouped-query attention, SwiGLU MLP), final RMSNorm, LM head (tied to the embeddings where the config
 * says so). Output: logits for every position.
 */
public final class LlamaGraph {
    private LlamaGraph() {
    }

    public static ModelGraph build(ModelConfig c, Path weights, int[] ids) {
        GraphBuilder g = new GraphBuilder();
        int seq = ids.length;
        decoder(g, c, embed(g, c, ids, "input_ids"), seq);
        boolean tied = c.flag("tie_word_embeddings", false);
        return new ModelGraph("llama", g.nodes(), g.inputs(), g.weightFile("llama.model", weights,
                tied ? List.of("lm_head.weight") : List.of()), List.of(new OutputPart("logits",
                List.of(1, seq, c.integer("vocab_size")))));
    }

    /** The token embeddings of ids: ids.length x hidden. */
    static String embed(GraphBuilder g, ModelConfig c, int[] ids, String inputName) {
        int vocab = c.integer("vocab_size");
        int hidden = c.integer("hidden_size");
        Inputs.requireIds(c, inputName, ids, vocab);
        return g.gather(g.weight("model.embed_tokens.weight", vocab, hidden), g.input(Inputs.ids(inputName, ids)),
                ids.length, hidden, vocab);
    }

    /** The decoder over input embeddings x (seq x hidden): logits seq x vocab. */
    static String decoder(GraphBuilder g, ModelConfig c, String x, int seq) {
        int hidden = c.integer("hidden_size");
        int heads = c.integer("num_attention_heads");
        int kvHeads = c.integer("num_key_value_heads", heads);
        int headDim = c.integer("head_dim", hidden / heads);
        int ffn = c.integer("intermediate_size");
        int vocab = c.integer("vocab_size");
        double eps = c.number("rms_norm_eps");
        double theta = HfConfigs.ropeTheta(c);
        boolean attentionBias = c.flag("attention_bias", false);
        boolean mlpBias = c.flag("mlp_bias", false);
        if (HfConfigs.activation(c, "hidden_act") != Activation.SILU) {
            throw new ModelException(c.source() + ": LLaMA's MLP is SwiGLU; hidden_act must be silu");
        }
        Inputs.requireLength(c, "tokens", seq, c.integer("max_position_embeddings"));
        AttentionShape shape = new AttentionShape(1, seq, seq, heads, kvHeads, headDim, true);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "model.layers." + i + ".";
            String n = g.rmsNorm(x, seq, hidden, p + "input_layernorm.weight", eps);
            String q = g.rope(g.linear(n, seq, hidden, p + "self_attn.q_proj", heads * headDim, attentionBias),
                    1, seq, heads, headDim, theta);
            String k = g.rope(g.linear(n, seq, hidden, p + "self_attn.k_proj", kvHeads * headDim, attentionBias),
                    1, seq, kvHeads, headDim, theta);
            String v = g.linear(n, seq, hidden, p + "self_attn.v_proj", kvHeads * headDim, attentionBias);
            String attn = g.attention(q, k, v, shape, null);
            String h = g.add(x, g.linear(attn, seq, heads * headDim, p + "self_attn.o_proj", hidden, attentionBias),
                    seq, hidden);
            String m = g.rmsNorm(h, seq, hidden, p + "post_attention_layernorm.weight", eps);
            String gate = g.unary("silu", g.linear(m, seq, hidden, p + "mlp.gate_proj", ffn, mlpBias), seq, ffn);
            String up = g.linear(m, seq, hidden, p + "mlp.up_proj", ffn, mlpBias);
            String down = g.linear(g.mul(gate, up, seq, ffn), seq, ffn, p + "mlp.down_proj", hidden, mlpBias);
            x = g.add(h, down, seq, hidden);
        }
        x = g.rmsNorm(x, seq, hidden, "model.norm.weight", eps);
        boolean tied = c.flag("tie_word_embeddings", false);
        String head = tied ? "model.embed_tokens.weight" : g.weight("lm_head.weight", vocab, hidden);
        return g.linearWith(x, seq, hidden, head, null, vocab, "logits");
    }
}

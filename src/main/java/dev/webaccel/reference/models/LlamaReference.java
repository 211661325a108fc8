package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.Gather;
import dev.webaccel.reference.Linear;
import dev.webaccel.reference.MultiHeadAttention;
import dev.webaccel.reference.RmsNorm;
import dev.webaccel.reference.Rope;
import java.util.Map;

/**
 * LlamaForCausalLM's forward pass without a cache: embed_tokens; per layer x + o_proj(attention(rope(q), rope(k), v))
 * on input_layernorm(x) (causal, grouped-query), then x + down(act(gate(n)) * up(n)) on post_attention_layernorm(x);
 * final norm; lm_head (or the embedding matrix where tie_word_embeddings) -> logits.
 */
public final class LlamaReference {
    private final LlamaConfig config;
    private final Weights weights;

    public LlamaReference(LlamaConfig config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** inputIds: batch x seq; returns logits (batch*seq) x vocab. */
    public float[] logits(int[] inputIds, int batch, int seq) {
        return logitsOfEmbeddings(embed(inputIds), batch, seq);
    }

    /** The token embeddings of ids: ids.length x hidden. */
    public float[] embed(int[] ids) {
        return Gather.rows(weights.get("model.embed_tokens.weight", config.vocabSize() * config.hiddenSize()),
                config.hiddenSize(), ids);
    }

    /** The decoder over given input embeddings (batch*seq x hidden), as LLaVA feeds it: logits (batch*seq) x vocab. */
    public float[] logitsOfEmbeddings(float[] x, int batch, int seq) {
        int hidden = config.hiddenSize();
        int vocab = config.vocabSize();
        int rows = batch * seq;
        float[] embeddings = weights.get("model.embed_tokens.weight", vocab * hidden);
        for (int l = 0; l < config.numHiddenLayers(); l++) {
            x = layer("model.layers." + l, x, batch, seq);
        }
        x = norm("model.norm", x, rows);
        float[] head = config.tieWordEmbeddings() ? embeddings : weights.get("lm_head.weight", vocab * hidden);
        return Linear.apply(x, rows, hidden, head, null, vocab);
    }

    private float[] layer(String prefix, float[] x, int batch, int seq) {
        int rows = batch * seq;
        int hidden = config.hiddenSize();
        int heads = config.numAttentionHeads();
        int kvHeads = config.numKeyValueHeads();
        int headDim = config.headDim();
        float[] n = norm(prefix + ".input_layernorm", x, rows);
        float[] q = Rope.apply(Layers.linear(weights, prefix + ".self_attn.q_proj", n, rows, hidden, heads * headDim),
                batch, seq, heads, headDim, config.ropeTheta());
        float[] k = Rope.apply(Layers.linear(weights, prefix + ".self_attn.k_proj", n, rows, hidden, kvHeads * headDim),
                batch, seq, kvHeads, headDim, config.ropeTheta());
        float[] v = Layers.linear(weights, prefix + ".self_attn.v_proj", n, rows, hidden, kvHeads * headDim);
        float[] context = MultiHeadAttention.attend(q, k, v, batch, seq, seq, heads, kvHeads, headDim, true, null,
                1.0 / Math.sqrt(headDim));
        x = Elementwise.add(x, Layers.linear(weights, prefix + ".self_attn.o_proj", context, rows, heads * headDim, hidden));
        n = norm(prefix + ".post_attention_layernorm", x, rows);
        int inner = config.intermediateSize();
        float[] gate = config.hiddenAct().apply(Layers.linear(weights, prefix + ".mlp.gate_proj", n, rows, hidden, inner));
        float[] up = Layers.linear(weights, prefix + ".mlp.up_proj", n, rows, hidden, inner);
        return Elementwise.add(x, Layers.linear(weights, prefix + ".mlp.down_proj", Elementwise.mul(gate, up), rows,
                inner, hidden));
    }

    private float[] norm(String prefix, float[] x, int rows) {
        int hidden = config.hiddenSize();
        return RmsNorm.normalize(x, rows, hidden, weights.get(prefix + ".weight", hidden), config.rmsNormEps());
    }
}

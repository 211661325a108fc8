package dev.webaccel.workload.models;

import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.models.ModelGraph.OutputPart;
import java.nio.file.Path;
import java.util.List;

/**
 * BertModel: word + position + token-type embeddings, layer norm, post-norm encoder layers with a padding mask over
 * keys, and the pooler (first token, dense, tanh). Outputs last_hidden_state then pooler_output.
 */
public final class BertGraph {
    private BertGraph() {
    }

    /** @param mask 1 for tokens to attend to, 0 for padding (Hugging Face's attention_mask), length = ids */
    public static ModelGraph build(ModelConfig c, Path weights, int[] ids, int[] mask, int[] tokenTypes) {
        GraphBuilder g = new GraphBuilder();
        Encoded e = encode(g, c, ids, mask, tokenTypes);
        int seq = ids.length;
        int hidden = c.integer("hidden_size");
        g.concat(List.of(e.hidden(), e.pooled()), 1, seq * hidden + hidden);
        return new ModelGraph("bert", g.nodes(), g.inputs(), g.weightFile("bert.model", weights, List.of()),
                List.of(new OutputPart("last_hidden_state", List.of(1, seq, hidden)),
                        new OutputPart("pooler_output", List.of(1, hidden))));
    }

    /** The tensors of last_hidden_state [seq, hidden] and pooler_output [1, hidden]. */
    record Encoded(String hidden, String pooled) {
    }

    static Encoded encode(GraphBuilder g, ModelConfig c, int[] ids, int[] mask, int[] tokenTypes) {
        int seq = ids.length;
        int hidden = c.integer("hidden_size");
        int heads = c.integer("num_attention_heads");
        int ffn = c.integer("intermediate_size");
        int vocab = c.integer("vocab_size");
        int maxPositions = c.integer("max_position_embeddings");
        int typeVocab = c.integer("type_vocab_size");
        double eps = c.number("layer_norm_eps");
        String act = EncoderLayerGraph.activation(c, "hidden_act");
        Inputs.requireIds(c, "input_ids", ids, vocab);
        Inputs.requireIds(c, "token_type_ids", tokenTypes, typeVocab);
        Inputs.requireLength(c, "positions", seq, maxPositions);

        String idsT = g.input(Inputs.ids("input_ids", ids));
        String posT = g.input(Inputs.ids("position_ids", Inputs.range(seq)));
        String typeT = g.input(Inputs.ids("token_type_ids", tokenTypes));
        String maskT = g.input(Inputs.keyMask("key_mask", mask));
        String words = g.gather(g.weight("embeddings.word_embeddings.weight", vocab, hidden), idsT, seq, hidden, vocab);
        String pos = g.gather(g.weight("embeddings.position_embeddings.weight", maxPositions, hidden), posT, seq, hidden,
                maxPositions);
        String types = g.gather(g.weight("embeddings.token_type_embeddings.weight", typeVocab, hidden), typeT, seq,
                hidden, typeVocab);
        String x = g.layerNorm(g.add(g.add(words, pos, seq, hidden), types, seq, hidden), seq, hidden,
                "embeddings.LayerNorm", eps);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "encoder.layer." + i + ".";
            EncoderLayerGraph layer = new EncoderLayerGraph(p + "attention.self.query", p + "attention.self.key",
                    p + "attention.self.value", p + "attention.output.dense", p + "attention.output.LayerNorm",
                    p + "output.LayerNorm", p + "intermediate.dense", p + "output.dense", act, false, true);
            x = layer.build(g, x, 1, seq, hidden, heads, ffn, eps, maskT, false);
        }
        String first = g.gather(x, g.input(Inputs.ids("first_token", new int[] {0})), 1, hidden, seq);
        String pooled = g.unary("tanh", g.linear(first, 1, hidden, "pooler.dense", hidden, true), 1, hidden);
        return new Encoded(x, pooled);
    }
}

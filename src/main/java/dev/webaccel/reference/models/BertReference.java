package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.Gather;
import java.util.Map;

/**
 * BertModel's forward pass: word + token type (all 0) + absolute position embeddings, LayerNorm; post-LN encoder
 * layers (attention_mask as an additive key mask); pooler = tanh(dense(first token)).
 */
public final class BertReference {
    private static final EncoderLayer.Names LAYER = new EncoderLayer.Names(
            new AttentionNames("attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense"),
            "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm");

    public record Output(float[] lastHiddenState, float[] poolerOutput) {
    }

    private final BertConfig config;
    private final Weights weights;

    public BertReference(BertConfig config, Map<String, float[]> weights) {
        this.config = config;
        this.weights = new Weights(weights);
    }

    /** inputIds and attentionMask are batch x seq; outputs are (batch*seq) x hidden and batch x hidden. */
    public Output forward(int[] inputIds, int[] attentionMask, int batch, int seq) {
        int hidden = config.hiddenSize();
        int rows = batch * seq;
        float[] x = Layers.layerNorm(weights, "embeddings.LayerNorm", embeddings(inputIds, batch, seq), rows, hidden,
                config.layerNormEps());
        float[] keyMask = KeyMasks.fromAttentionMask(attentionMask);
        EncoderLayer.Dims dims = new EncoderLayer.Dims(hidden, config.numAttentionHeads(), config.intermediateSize(),
                config.layerNormEps(), config.hiddenAct(), EncoderLayer.Placement.POST);
        for (int l = 0; l < config.numHiddenLayers(); l++) {
            x = EncoderLayer.apply(weights, LAYER.under("encoder.layer." + l), dims, x, batch, seq, false, keyMask);
        }
        float[] first = Tokens.firstOfEach(x, batch, seq, hidden);
        float[] pooled = Elementwise.tanh(Layers.linear(weights, "pooler.dense", first, batch, hidden, hidden));
        return new Output(x, pooled);
    }

    private float[] embeddings(int[] inputIds, int batch, int seq) {
        int hidden = config.hiddenSize();
        float[] words = Gather.rows(weights.get("embeddings.word_embeddings.weight", config.vocabSize() * hidden),
                hidden, inputIds);
        float[] types = Gather.rows(weights.get("embeddings.token_type_embeddings.weight",
                config.typeVocabSize() * hidden), hidden, new int[batch * seq]);
        float[] positions = Gather.rows(weights.get("embeddings.position_embeddings.weight",
                config.maxPositionEmbeddings() * hidden), hidden, Tokens.positions(batch, seq));
        return Elementwise.add(Elementwise.add(words, types), positions);
    }
}

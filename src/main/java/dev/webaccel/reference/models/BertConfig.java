package dev.webaccel.reference.models;

/** The BertConfig values the forward pass needs (config.json: vocab_size, hidden_size, ..., layer_norm_eps, hidden_act). */
public record BertConfig(int vocabSize, int hiddenSize, int numHiddenLayers, int numAttentionHeads, int intermediateSize,
                         int maxPositionEmbeddings, int typeVocabSize, double layerNormEps, Activation hiddenAct) {
}

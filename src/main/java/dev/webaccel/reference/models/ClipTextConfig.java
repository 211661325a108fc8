package dev.webaccel.reference.models;

/** CLIPTextConfig values the text tower needs; eosTokenId decides where the text is pooled (see ClipReference). */
public record ClipTextConfig(int vocabSize, int hiddenSize, int numHiddenLayers, int numAttentionHeads,
                             int intermediateSize, int maxPositionEmbeddings, double layerNormEps, Activation hiddenAct,
                             int eosTokenId) {
}

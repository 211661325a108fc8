package dev.webaccel.reference.models;

/** The LlamaConfig values the forward pass needs (default rotary embedding only: no rope scaling). */
public record LlamaConfig(int vocabSize, int hiddenSize, int numHiddenLayers, int numAttentionHeads,
                          int numKeyValueHeads, int headDim, int intermediateSize, double rmsNormEps, double ropeTheta,
                          boolean tieWordEmbeddings, Activation hiddenAct) {
}

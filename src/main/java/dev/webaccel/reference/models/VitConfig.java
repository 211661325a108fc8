package dev.webaccel.reference.models;

/** The ViTConfig values the forward pass needs. */
public record VitConfig(int hiddenSize, int numHiddenLayers, int numAttentionHeads, int intermediateSize, int imageSize,
                        int patchSize, int numChannels, double layerNormEps, Activation hiddenAct) {

    public int patches() {
        return (imageSize / patchSize) * (imageSize / patchSize);
    }
}

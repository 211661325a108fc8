package dev.webaccel.reference.models;

/** CLIPVisionConfig values the vision tower needs. */
public record ClipVisionConfig(int hiddenSize, int numHiddenLayers, int numAttentionHeads, int intermediateSize,
                               int imageSize, int patchSize, int numChannels, double layerNormEps,
                               Activation hiddenAct) {

    public int patches() {
        return (imageSize / patchSize) * (imageSize / patchSize);
    }
}

package dev.webaccel.reference.models;

/**
 * The Wav2Vec2Config values the base model needs. featureNorm: feat_extract_norm ("group": GroupNorm after the first
 * conv only; "layer": LayerNorm over channels after every conv). stableLayerNorm: do_stable_layer_norm (pre-LN layers,
 * encoder layer_norm at the end instead of before the layers).
 */
public record Wav2Vec2Config(int[] convDim, int[] convKernel, int[] convStride, boolean convBias, FeatureNorm featureNorm,
                             Activation featExtractActivation, int hiddenSize, int numHiddenLayers,
                             int numAttentionHeads, int intermediateSize, double layerNormEps,
                             int numConvPosEmbeddings, int numConvPosEmbeddingGroups, boolean stableLayerNorm,
                             Activation hiddenAct) {

    public enum FeatureNorm { GROUP, LAYER }

    public Wav2Vec2Config {
        if (convDim.length != convKernel.length || convDim.length != convStride.length) {
            throw new IllegalArgumentException("conv_dim, conv_kernel and conv_stride must have one entry per conv");
        }
        convDim = convDim.clone();
        convKernel = convKernel.clone();
        convStride = convStride.clone();
    }

    @Override
    public int[] convDim() {
        return convDim.clone();
    }

    @Override
    public int[] convKernel() {
        return convKernel.clone();
    }

    @Override
    public int[] convStride() {
        return convStride.clone();
    }

    /** Frames the feature encoder makes of the given number of samples. */
    public int frames(int samples) {
        int length = samples;
        for (int i = 0; i < convKernel.length; i++) {
            length = (length - convKernel[i]) / convStride[i] + 1;
        }
        return length;
    }
}

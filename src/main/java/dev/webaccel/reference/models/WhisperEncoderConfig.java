package dev.webaccel.reference.models;

/** The WhisperConfig values the encoder needs (num_mel_bins, d_model, encoder_*, max_source_positions). */
public record WhisperEncoderConfig(int numMelBins, int dModel, int encoderLayers, int encoderAttentionHeads,
                                   int encoderFfnDim, int maxSourcePositions, Activation activationFunction) {

    /** The mel frames the encoder takes: two per position (conv2 has stride 2). */
    public int frames() {
        return 2 * maxSourcePositions;
    }
}

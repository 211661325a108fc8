package dev.webaccel.workload.models;

/** The model families webaccel knows, and whether the page has a graph for each yet. */
public enum ModelFamily {
    BERT(true), VIT(true), CLIP(true), LLAMA(true),
    /** Whisper's encoder: the reference exists (reference.models.WhisperReference), the graph is being written. */
    WHISPER(false),
    /** Wav2Vec2Model: the reference exists (reference.models.Wav2Vec2Reference), the graph is being written. */
    WAV2VEC2(false);

    private final boolean graphBuilt;

    ModelFamily(boolean graphBuilt) {
        this.graphBuilt = graphBuilt;
    }

    /** Whether {@link Presets#graph} can build this family's graph. */
    public boolean graphBuilt() {
        return graphBuilt;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

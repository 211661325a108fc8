package dev.webaccel.reference.models;

import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.RmsNorm;
import java.util.Map;

/**
 * A CLAP-style audio-text model from three separately loaded components: an audio tower (Wav2Vec2, mean-pooled
 * over frames), a text tower (BERT's pooled output) and the projections (per tower linear, GELU, linear, as
 * ClapProjectionLayer), L2-normalised, logits_per_audio = exp(logit_scale_a) * audio . text. Simplified against
 * LAION's CLAP: Wav2Vec2 stands in for HTSAT and BERT for RoBERTa, GELU for the projections' ReLU, one scale.
 */
public final class ClapReference {
    /** audioEmbeds and textEmbeds: 1 x projection each; logits: 1 x 1. */
    public record Output(float[] audioEmbeds, float[] textEmbeds, float[] logits) {
    }

    private final Wav2Vec2Reference audio;
    private final BertReference text;
    private final Weights projections;
    private final int audioHidden;
    private final int textHidden;
    private final int projection;

    public ClapReference(Wav2Vec2Config audioConfig, Map<String, float[]> audioWeights, BertConfig textConfig,
                         Map<String, float[]> textWeights, Map<String, float[]> projectionWeights, int projection) {
        this.audio = new Wav2Vec2Reference(audioConfig, audioWeights);
        this.text = new BertReference(textConfig, textWeights);
        this.projections = new Weights(projectionWeights);
        this.audioHidden = audioConfig.hiddenSize();
        this.textHidden = textConfig.hiddenSize();
        this.projection = projection;
    }

    public Output forward(float[] audioValues, int[] ids, int[] mask) {
        float[] states = audio.lastHiddenState(audioValues);
        int frames = states.length / audioHidden;
        float[] pooledAudio = new float[audioHidden];
        for (int c = 0; c < audioHidden; c++) {
            double sum = 0;
            for (int f = 0; f < frames; f++) {
                sum += states[f * audioHidden + c];
            }
            pooledAudio[c] = (float) (sum / frames);
        }
        float[] pooledText = text.forward(ids, mask, 1, ids.length).poolerOutput();
        float[] a = RmsNorm.l2normalize(project("audio_projection", pooledAudio, audioHidden), 1, projection, 0);
        float[] t = RmsNorm.l2normalize(project("text_projection", pooledText, textHidden), 1, projection, 0);
        double dot = 0;
        for (int i = 0; i < projection; i++) {
            dot += (double) a[i] * t[i];
        }
        float scale = (float) Math.exp(projections.get("logit_scale_a", 1)[0]);
        return new Output(a, t, new float[] {(float) (dot * scale)});
    }

    private float[] project(String prefix, float[] x, int in) {
        return Layers.linear(projections, prefix + ".linear2",
                Elementwise.geluErf(Layers.linear(projections, prefix + ".linear1", x, 1, in, projection)), 1,
                projection, projection);
    }
}

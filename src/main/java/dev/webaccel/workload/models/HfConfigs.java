package dev.webaccel.workload.models;

import dev.webaccel.reference.models.Activation;
import dev.webaccel.reference.models.BertConfig;
import dev.webaccel.reference.models.ClipConfig;
import dev.webaccel.reference.models.ClipTextConfig;
import dev.webaccel.reference.models.ClipVisionConfig;
import dev.webaccel.reference.models.LlamaConfig;
import dev.webaccel.reference.models.Wav2Vec2Config;
import dev.webaccel.reference.models.WhisperEncoderConfig;
import dev.webaccel.reference.models.VitConfig;
import java.nio.file.Path;

/** Reads Hugging Face config.json files into the reference models' config records. */
public final class HfConfigs {
    private HfConfigs() {
    }

    public static BertConfig bert(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        return new BertConfig(c.integer("vocab_size"), c.integer("hidden_size"), c.integer("num_hidden_layers"),
                c.integer("num_attention_heads"), c.integer("intermediate_size"), c.integer("max_position_embeddings"),
                c.integer("type_vocab_size"), c.number("layer_norm_eps"), activation(c, "hidden_act"));
    }

    public static VitConfig vit(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        return new VitConfig(c.integer("hidden_size"), c.integer("num_hidden_layers"), c.integer("num_attention_heads"),
                c.integer("intermediate_size"), c.integer("image_size"), c.integer("patch_size"),
                c.integer("num_channels"), c.number("layer_norm_eps"), activation(c, "hidden_act"));
    }

    public static ClipConfig clip(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        ModelConfig t = c.sub("text_config");
        ModelConfig v = c.sub("vision_config");
        ClipTextConfig text = new ClipTextConfig(t.integer("vocab_size"), t.integer("hidden_size"),
                t.integer("num_hidden_layers"), t.integer("num_attention_heads"), t.integer("intermediate_size"),
                t.integer("max_position_embeddings"), t.number("layer_norm_eps"), activation(t, "hidden_act"),
                t.integer("eos_token_id"));
        ClipVisionConfig vision = new ClipVisionConfig(v.integer("hidden_size"), v.integer("num_hidden_layers"),
                v.integer("num_attention_heads"), v.integer("intermediate_size"), v.integer("image_size"),
                v.integer("patch_size"), v.integer("num_channels"), v.number("layer_norm_eps"), activation(v, "hidden_act"));
        return new ClipConfig(text, vision, c.integer("projection_dim"));
    }

    public static LlamaConfig llama(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        int hidden = c.integer("hidden_size");
        int heads = c.integer("num_attention_heads");
        return new LlamaConfig(c.integer("vocab_size"), hidden, c.integer("num_hidden_layers"), heads,
                c.integer("num_key_value_heads", heads), c.integer("head_dim", hidden / heads),
                c.integer("intermediate_size"), c.number("rms_norm_eps"), ropeTheta(c),
                c.flag("tie_word_embeddings", false), activation(c, "hidden_act"));
    }

    public static WhisperEncoderConfig whisperEncoder(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        return new WhisperEncoderConfig(c.integer("num_mel_bins"), c.integer("d_model"), c.integer("encoder_layers"),
                c.integer("encoder_attention_heads"), c.integer("encoder_ffn_dim"), c.integer("max_source_positions"),
                activation(c, "activation_function"));
    }

    public static Wav2Vec2Config wav2vec2(Path configJson) {
        ModelConfig c = ModelConfig.read(configJson);
        String norm = c.text("feat_extract_norm");
        Wav2Vec2Config.FeatureNorm featureNorm = switch (norm) {
            case "group" -> Wav2Vec2Config.FeatureNorm.GROUP;
            case "layer" -> Wav2Vec2Config.FeatureNorm.LAYER;
            default -> throw new ModelException(c.source() + ": feat_extract_norm '" + norm + "' is neither 'group' nor 'layer'");
        };
        return new Wav2Vec2Config(c.integers("conv_dim"), c.integers("conv_kernel"), c.integers("conv_stride"),
                c.flag("conv_bias", false), featureNorm, activation(c, "feat_extract_activation"), c.integer("hidden_size"),
                c.integer("num_hidden_layers"), c.integer("num_attention_heads"), c.integer("intermediate_size"),
                c.number("layer_norm_eps"), c.integer("num_conv_pos_embeddings"),
                c.integer("num_conv_pos_embedding_groups"), c.flag("do_stable_layer_norm", false),
                activation(c, "hidden_act"));
    }

    /** transformers 5 nests it in rope_parameters; older configs have a top-level rope_theta and rope_scaling. */
    static double ropeTheta(ModelConfig c) {
        if (c.has("rope_parameters")) {
            ModelConfig rope = c.sub("rope_parameters");
            if (rope.has("rope_type") && !rope.text("rope_type").equals("default")) {
                throw new ModelException(c.source() + ": rope_type '" + rope.text("rope_type") + "' is not supported (only default)");
            }
            return rope.number("rope_theta");
        }
        if (c.has("rope_scaling")) {
            throw new ModelException(c.source() + ": rope_scaling is not supported (only the default rotary embedding)");
        }
        return c.number("rope_theta");
    }

    static Activation activation(ModelConfig c, String key) {
        String name = c.text(key);
        try {
            return Activation.forHfName(name);
        } catch (IllegalArgumentException e) {
            throw new ModelException(c.source() + ": '" + key + "' is '" + name + "': " + e.getMessage(), e);
        }
    }
}

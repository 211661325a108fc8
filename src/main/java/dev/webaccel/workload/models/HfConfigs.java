package dev.webaccel.workload.models;

import dev.webaccel.reference.models.Activation;
import dev.webaccel.reference.models.BertConfig;
import dev.webaccel.reference.models.VitConfig;
import java.nio.file.Path;

/** Reads Hugging Face config.json files into the reference models' config records. */
public final class HfConfigs {
    private HfConfigs() {
    }

    public static BertConfig bert(Path configJson) {
        ConfigJson c = ConfigJson.read(configJson);
        return new BertConfig(c.integer("vocab_size"), c.integer("hidden_size"), c.integer("num_hidden_layers"),
                c.integer("num_attention_heads"), c.integer("intermediate_size"), c.integer("max_position_embeddings"),
                c.integer("type_vocab_size"), c.number("layer_norm_eps"), activation(c, "hidden_act"));
    }

    public static VitConfig vit(Path configJson) {
        ConfigJson c = ConfigJson.read(configJson);
        return new VitConfig(c.integer("hidden_size"), c.integer("num_hidden_layers"), c.integer("num_attention_heads"),
                c.integer("intermediate_size"), c.integer("image_size"), c.integer("patch_size"),
                c.integer("num_channels"), c.number("layer_norm_eps"), activation(c, "hidden_act"));
    }

    private static Activation activation(ConfigJson c, String key) {
        String name = c.text(key);
        try {
            return Activation.forHfName(name);
        } catch (IllegalArgumentException e) {
            throw new ModelConfigException("'" + key + "' is '" + name + "': " + e.getMessage(), e);
        }
    }
}

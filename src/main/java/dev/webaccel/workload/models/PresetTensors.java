package dev.webaccel.workload.models;

import dev.webaccel.workload.models.PresetTensor.Init;
import java.util.ArrayList;
import java.util.List;

/**
 * Every weight a family's model holds, under the library's names (those of models/goldens/&lt;family&gt;), with the
 * shapes its config implies. Whisper: the encoder only (what webaccel models); LLaMA with tied embeddings: no
 * lm_head.weight, as save_pretrained leaves it out.
 */
final class PresetTensors {
    private final List<PresetTensor> out = new ArrayList<>();

    private PresetTensors() {
    }

    static List<PresetTensor> of(ModelFamily family, ModelConfig c) {
        PresetTensors t = new PresetTensors();
        switch (family) {
            case BERT -> t.bert(c);
            case VIT -> t.vit(c);
            case CLIP -> t.clip(c);
            case LLAMA -> t.llama(c);
            case WHISPER -> t.whisperEncoder(c);
            case WAV2VEC2 -> t.wav2vec2(c);
        }
        return List.copyOf(t.out);
    }

    private void bert(ModelConfig c) {
        int h = c.integer("hidden_size");
        int f = c.integer("intermediate_size");
        matrix("embeddings.word_embeddings.weight", c.integer("vocab_size"), h);
        matrix("embeddings.position_embeddings.weight", c.integer("max_position_embeddings"), h);
        matrix("embeddings.token_type_embeddings.weight", c.integer("type_vocab_size"), h);
        layerNorm("embeddings.LayerNorm", h);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "encoder.layer." + i + ".";
            linear(p + "attention.self.query", h, h, true);
            linear(p + "attention.self.key", h, h, true);
            linear(p + "attention.self.value", h, h, true);
            linear(p + "attention.output.dense", h, h, true);
            layerNorm(p + "attention.output.LayerNorm", h);
            linear(p + "intermediate.dense", f, h, true);
            linear(p + "output.dense", h, f, true);
            layerNorm(p + "output.LayerNorm", h);
        }
        linear("pooler.dense", h, h, true);
    }

    private void vit(ModelConfig c) {
        int h = c.integer("hidden_size");
        int f = c.integer("intermediate_size");
        int patch = c.integer("patch_size");
        int side = c.integer("image_size") / patch;
        matrix("embeddings.cls_token", 1, 1, h);
        matrix("embeddings.patch_embeddings.projection.weight", h, c.integer("num_channels"), patch, patch);
        bias("embeddings.patch_embeddings.projection.bias", h);
        matrix("embeddings.position_embeddings", 1, side * side + 1, h);
        boolean qkvBias = c.flag("qkv_bias", true);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "layers." + i + ".";
            linear(p + "attention.q_proj", h, h, qkvBias);
            linear(p + "attention.k_proj", h, h, qkvBias);
            linear(p + "attention.v_proj", h, h, qkvBias);
            linear(p + "attention.o_proj", h, h, true);
            layerNorm(p + "layernorm_before", h);
            layerNorm(p + "layernorm_after", h);
            linear(p + "mlp.fc1", f, h, true);
            linear(p + "mlp.fc2", h, f, true);
        }
        layerNorm("layernorm", h);
        linear("pooler.dense", h, h, true);
    }

    private void clip(ModelConfig c) {
        ModelConfig text = c.sub("text_config");
        ModelConfig vision = c.sub("vision_config");
        int projection = c.integer("projection_dim");
        out.add(new PresetTensor("logit_scale", List.of(), Init.LOGIT_SCALE));
        int th = text.integer("hidden_size");
        matrix("text_model.embeddings.token_embedding.weight", text.integer("vocab_size"), th);
        matrix("text_model.embeddings.position_embedding.weight", text.integer("max_position_embeddings"), th);
        clipLayers(text, "text_model.");
        layerNorm("text_model.final_layer_norm", th);
        linear("text_projection", projection, th, false);
        int vh = vision.integer("hidden_size");
        int patch = vision.integer("patch_size");
        int side = vision.integer("image_size") / patch;
        matrix("vision_model.embeddings.class_embedding", vh);
        matrix("vision_model.embeddings.patch_embedding.weight", vh, vision.integer("num_channels", 3), patch, patch);
        matrix("vision_model.embeddings.position_embedding.weight", side * side + 1, vh);
        layerNorm("vision_model.pre_layrnorm", vh);
        clipLayers(vision, "vision_model.");
        layerNorm("vision_model.post_layernorm", vh);
        linear("visual_projection", projection, vh, false);
    }

    private void clipLayers(ModelConfig c, String prefix) {
        int h = c.integer("hidden_size");
        int f = c.integer("intermediate_size");
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = prefix + "encoder.layers." + i + ".";
            linear(p + "self_attn.q_proj", h, h, true);
            linear(p + "self_attn.k_proj", h, h, true);
            linear(p + "self_attn.v_proj", h, h, true);
            linear(p + "self_attn.out_proj", h, h, true);
            layerNorm(p + "layer_norm1", h);
            layerNorm(p + "layer_norm2", h);
            linear(p + "mlp.fc1", f, h, true);
            linear(p + "mlp.fc2", h, f, true);
        }
    }

    private void llama(ModelConfig c) {
        int h = c.integer("hidden_size");
        int heads = c.integer("num_attention_heads");
        int kv = c.integer("num_key_value_heads", heads);
        int d = c.integer("head_dim", h / heads);
        int f = c.integer("intermediate_size");
        boolean attnBias = c.flag("attention_bias", false);
        boolean mlpBias = c.flag("mlp_bias", false);
        matrix("model.embed_tokens.weight", c.integer("vocab_size"), h);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "model.layers." + i + ".";
            scale(p + "input_layernorm.weight", h);
            linear(p + "self_attn.q_proj", heads * d, h, attnBias);
            linear(p + "self_attn.k_proj", kv * d, h, attnBias);
            linear(p + "self_attn.v_proj", kv * d, h, attnBias);
            linear(p + "self_attn.o_proj", h, heads * d, attnBias);
            scale(p + "post_attention_layernorm.weight", h);
            linear(p + "mlp.gate_proj", f, h, mlpBias);
            linear(p + "mlp.up_proj", f, h, mlpBias);
            linear(p + "mlp.down_proj", h, f, mlpBias);
        }
        scale("model.norm.weight", h);
        if (!c.flag("tie_word_embeddings", false)) {
            matrix("lm_head.weight", c.integer("vocab_size"), h);
        }
    }

    private void whisperEncoder(ModelConfig c) {
        int d = c.integer("d_model");
        int f = c.integer("encoder_ffn_dim");
        matrix("encoder.conv1.weight", d, c.integer("num_mel_bins"), 3);
        bias("encoder.conv1.bias", d);
        matrix("encoder.conv2.weight", d, d, 3);
        bias("encoder.conv2.bias", d);
        matrix("encoder.embed_positions.weight", c.integer("max_source_positions"), d);
        for (int i = 0; i < c.integer("encoder_layers"); i++) {
            String p = "encoder.layers." + i + ".";
            linear(p + "self_attn.q_proj", d, d, true);
            linear(p + "self_attn.k_proj", d, d, false);
            linear(p + "self_attn.v_proj", d, d, true);
            linear(p + "self_attn.out_proj", d, d, true);
            layerNorm(p + "self_attn_layer_norm", d);
            linear(p + "fc1", f, d, true);
            linear(p + "fc2", d, f, true);
            layerNorm(p + "final_layer_norm", d);
        }
        layerNorm("encoder.layer_norm", d);
    }

    private void wav2vec2(ModelConfig c) {
        int[] dims = c.integers("conv_dim");
        int[] kernels = c.integers("conv_kernel");
        boolean convBias = c.flag("conv_bias", false);
        boolean groupNorm = c.text("feat_extract_norm").equals("group");
        for (int i = 0; i < dims.length; i++) {
            String p = "feature_extractor.conv_layers." + i + ".";
            matrix(p + "conv.weight", dims[i], i == 0 ? 1 : dims[i - 1], kernels[i]);
            if (convBias) {
                bias(p + "conv.bias", dims[i]);
            }
            if (!groupNorm || i == 0) {
                layerNorm(p + "layer_norm", dims[i]);
            }
        }
        int h = c.integer("hidden_size");
        int f = c.integer("intermediate_size");
        int last = dims[dims.length - 1];
        layerNorm("feature_projection.layer_norm", last);
        linear("feature_projection.projection", h, last, true);
        int kernel = c.integer("num_conv_pos_embeddings");
        int groups = c.integer("num_conv_pos_embedding_groups");
        bias("encoder.pos_conv_embed.conv.bias", h);
        out.add(new PresetTensor("encoder.pos_conv_embed.conv.parametrizations.weight.original0", List.of(1, 1, kernel),
                Init.SCALE));
        matrix("encoder.pos_conv_embed.conv.parametrizations.weight.original1", h, h / groups, kernel);
        layerNorm("encoder.layer_norm", h);
        for (int i = 0; i < c.integer("num_hidden_layers"); i++) {
            String p = "encoder.layers." + i + ".";
            linear(p + "attention.q_proj", h, h, true);
            linear(p + "attention.k_proj", h, h, true);
            linear(p + "attention.v_proj", h, h, true);
            linear(p + "attention.out_proj", h, h, true);
            layerNorm(p + "layer_norm", h);
            linear(p + "feed_forward.intermediate_dense", f, h, true);
            linear(p + "feed_forward.output_dense", h, f, true);
            layerNorm(p + "final_layer_norm", h);
        }
        matrix("masked_spec_embed", h);
    }

    private void matrix(String name, Integer... shape) {
        out.add(new PresetTensor(name, List.of(shape), Init.MATRIX));
    }

    private void bias(String name, int n) {
        out.add(new PresetTensor(name, List.of(n), Init.BIAS));
    }

    private void scale(String name, int n) {
        out.add(new PresetTensor(name, List.of(n), Init.SCALE));
    }

    private void linear(String prefix, int outFeatures, int inFeatures, boolean withBias) {
        matrix(prefix + ".weight", outFeatures, inFeatures);
        if (withBias) {
            bias(prefix + ".bias", outFeatures);
        }
    }

    private void layerNorm(String prefix, int n) {
        scale(prefix + ".weight", n);
        out.add(new PresetTensor(prefix + ".bias", List.of(n), Init.SHIFT));
    }
}

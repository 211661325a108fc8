package dev.webaccel.workload.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config.json of each preset as Hugging Face transformers 5 writes it for the published model: the published
 * sizes, the library's key names (rope_parameters for LLaMA), sorted keys as save_pretrained leaves them.
 */
final class PresetConfigs {
    private static final String TRANSFORMERS = "5.17.0";

    private PresetConfigs() {
    }

    static Map<String, Object> of(Preset preset) {
        return switch (preset) {
            case BERT_BASE_UNCASED -> bertBase();
            case VIT_BASE_PATCH16_224 -> vitBase();
            case CLIP_VIT_BASE_PATCH32 -> clipBase();
            case SMOLLM_135M -> smolLm();
            case WHISPER_TINY -> whisperTiny();
            case WAV2VEC2_BASE -> wav2vec2Base();
        };
    }

    private static Map<String, Object> bertBase() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", List.of("BertModel"));
        c.put("attention_probs_dropout_prob", 0.1);
        c.put("classifier_dropout", null);
        c.put("hidden_act", "gelu");
        c.put("hidden_dropout_prob", 0.1);
        c.put("hidden_size", 768);
        c.put("initializer_range", 0.02);
        c.put("intermediate_size", 3072);
        c.put("layer_norm_eps", 1e-12);
        c.put("max_position_embeddings", 512);
        c.put("model_type", "bert");
        c.put("num_attention_heads", 12);
        c.put("num_hidden_layers", 12);
        c.put("pad_token_id", 0);
        c.put("position_embedding_type", "absolute");
        c.put("transformers_version", TRANSFORMERS);
        c.put("type_vocab_size", 2);
        c.put("use_cache", true);
        c.put("vocab_size", 30522);
        return c;
    }

    private static Map<String, Object> vitBase() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", List.of("ViTModel"));
        c.put("attention_probs_dropout_prob", 0.0);
        c.put("encoder_stride", 16);
        c.put("hidden_act", "gelu");
        c.put("hidden_dropout_prob", 0.0);
        c.put("hidden_size", 768);
        c.put("image_size", 224);
        c.put("initializer_range", 0.02);
        c.put("intermediate_size", 3072);
        c.put("layer_norm_eps", 1e-12);
        c.put("model_type", "vit");
        c.put("num_attention_heads", 12);
        c.put("num_channels", 3);
        c.put("num_hidden_layers", 12);
        c.put("patch_size", 16);
        c.put("pooler_act", "tanh");
        c.put("pooler_output_size", 768);
        c.put("qkv_bias", true);
        c.put("transformers_version", TRANSFORMERS);
        return c;
    }

    private static Map<String, Object> clipBase() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("attention_dropout", 0.0);
        text.put("bos_token_id", 49406);
        text.put("eos_token_id", 49407);
        text.put("hidden_act", "quick_gelu");
        text.put("hidden_size", 512);
        text.put("initializer_factor", 1.0);
        text.put("initializer_range", 0.02);
        text.put("intermediate_size", 2048);
        text.put("layer_norm_eps", 1e-5);
        text.put("max_position_embeddings", 77);
        text.put("model_type", "clip_text_model");
        text.put("num_attention_heads", 8);
        text.put("num_hidden_layers", 12);
        text.put("pad_token_id", 1);
        text.put("projection_dim", 512);
        text.put("vocab_size", 49408);
        Map<String, Object> vision = new LinkedHashMap<>();
        vision.put("attention_dropout", 0.0);
        vision.put("hidden_act", "quick_gelu");
        vision.put("hidden_size", 768);
        vision.put("image_size", 224);
        vision.put("initializer_factor", 1.0);
        vision.put("initializer_range", 0.02);
        vision.put("intermediate_size", 3072);
        vision.put("layer_norm_eps", 1e-5);
        vision.put("model_type", "clip_vision_model");
        vision.put("num_attention_heads", 12);
        vision.put("num_channels", 3);
        vision.put("num_hidden_layers", 12);
        vision.put("patch_size", 32);
        vision.put("projection_dim", 512);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", List.of("CLIPModel"));
        c.put("initializer_factor", 1.0);
        c.put("logit_scale_init_value", 2.6592);
        c.put("model_type", "clip");
        c.put("projection_dim", 512);
        c.put("text_config", text);
        c.put("transformers_version", TRANSFORMERS);
        c.put("vision_config", vision);
        return c;
    }

    private static Map<String, Object> smolLm() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", List.of("LlamaForCausalLM"));
        c.put("attention_bias", false);
        c.put("attention_dropout", 0.0);
        c.put("bos_token_id", 0);
        c.put("eos_token_id", 0);
        c.put("head_dim", 64);
        c.put("hidden_act", "silu");
        c.put("hidden_size", 576);
        c.put("initializer_range", 0.02);
        c.put("intermediate_size", 1536);
        c.put("max_position_embeddings", 2048);
        c.put("mlp_bias", false);
        c.put("model_type", "llama");
        c.put("num_attention_heads", 9);
        c.put("num_hidden_layers", 30);
        c.put("num_key_value_heads", 3);
        c.put("pretraining_tp", 1);
        c.put("rms_norm_eps", 1e-5);
        c.put("rope_parameters", Map.of("rope_theta", 10000.0, "rope_type", "default"));
        c.put("tie_word_embeddings", true);
        c.put("transformers_version", TRANSFORMERS);
        c.put("use_cache", true);
        c.put("vocab_size", 49152);
        return c;
    }

    private static Map<String, Object> whisperTiny() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("activation_dropout", 0.0);
        c.put("activation_function", "gelu");
        c.put("architectures", List.of("WhisperForConditionalGeneration"));
        c.put("attention_dropout", 0.0);
        c.put("bos_token_id", 50257);
        c.put("d_model", 384);
        c.put("decoder_attention_heads", 6);
        c.put("decoder_ffn_dim", 1536);
        c.put("decoder_layers", 4);
        c.put("decoder_start_token_id", 50258);
        c.put("dropout", 0.0);
        c.put("encoder_attention_heads", 6);
        c.put("encoder_ffn_dim", 1536);
        c.put("encoder_layers", 4);
        c.put("eos_token_id", 50257);
        c.put("init_std", 0.02);
        c.put("is_encoder_decoder", true);
        c.put("max_source_positions", 1500);
        c.put("max_target_positions", 448);
        c.put("model_type", "whisper");
        c.put("num_hidden_layers", 4);
        c.put("num_mel_bins", 80);
        c.put("pad_token_id", 50257);
        c.put("scale_embedding", false);
        c.put("tie_word_embeddings", true);
        c.put("transformers_version", TRANSFORMERS);
        c.put("use_cache", true);
        c.put("vocab_size", 51865);
        return c;
    }

    private static Map<String, Object> wav2vec2Base() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("activation_dropout", 0.0);
        c.put("architectures", List.of("Wav2Vec2Model"));
        c.put("attention_dropout", 0.1);
        c.put("bos_token_id", 1);
        c.put("conv_bias", false);
        c.put("conv_dim", List.of(512, 512, 512, 512, 512, 512, 512));
        c.put("conv_kernel", List.of(10, 3, 3, 3, 3, 2, 2));
        c.put("conv_stride", List.of(5, 2, 2, 2, 2, 2, 2));
        c.put("do_stable_layer_norm", false);
        c.put("eos_token_id", 2);
        c.put("feat_extract_activation", "gelu");
        c.put("feat_extract_norm", "group");
        c.put("feat_proj_dropout", 0.1);
        c.put("hidden_act", "gelu");
        c.put("hidden_dropout", 0.1);
        c.put("hidden_size", 768);
        c.put("initializer_range", 0.02);
        c.put("intermediate_size", 3072);
        c.put("layer_norm_eps", 1e-5);
        c.put("model_type", "wav2vec2");
        c.put("num_attention_heads", 12);
        c.put("num_conv_pos_embedding_groups", 16);
        c.put("num_conv_pos_embeddings", 128);
        c.put("num_feat_extract_layers", 7);
        c.put("num_hidden_layers", 12);
        c.put("pad_token_id", 0);
        c.put("transformers_version", TRANSFORMERS);
        c.put("vocab_size", 32);
        return c;
    }
}

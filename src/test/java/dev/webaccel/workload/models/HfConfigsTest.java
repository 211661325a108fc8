package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.reference.models.Activation;
import dev.webaccel.reference.models.BertConfig;
import dev.webaccel.reference.models.ClipConfig;
import dev.webaccel.reference.models.LlamaConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class HfConfigsTest {

    public void readsTheGoldenBertConfig() {
        BertConfig c = HfConfigs.bert(Goldens.family("bert").config());
        assertThat(c.hiddenSize()).isEqualTo(64);
        assertThat(c.layerNormEps()).isEqualTo(1e-12);
        assertThat(c.hiddenAct()).isEqualTo(Activation.GELU_ERF);
    }

    public void readsRopeThetaFromRopeParametersAndTheUntiedHead() {
        LlamaConfig c = HfConfigs.llama(Goldens.family("llama").config());
        assertThat(c.ropeTheta()).isEqualTo(10_000.0);
        assertThat(c.numKeyValueHeads()).isEqualTo(2);
        assertThat(c.headDim()).isEqualTo(16);
        assertThat(c.tieWordEmbeddings()).isFalse();
    }

    public void readsBothClipTowers() {
        ClipConfig c = HfConfigs.clip(Goldens.family("clip").config());
        assertThat(c.text().hiddenAct()).isEqualTo(Activation.QUICK_GELU);
        assertThat(c.text().eosTokenId()).isEqualTo(49407);
        assertThat(c.vision().patches()).isEqualTo(16);
        assertThat(c.projectionDim()).isEqualTo(32);
    }

    public void namesTheFileAndTheMissingKey() throws IOException {
        Path file = Files.createTempFile("config", ".json");
        Files.writeString(file, "{\"hidden_size\": 64}");
        assertThatThrownBy(() -> HfConfigs.bert(file)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ": key 'vocab_size' must be an integer, was missing");
    }

    public void namesAnUnsupportedActivation() throws IOException {
        Path file = Files.createTempFile("config", ".json");
        Files.writeString(file, "{\"vocab_size\": 10, \"hidden_size\": 4, \"num_hidden_layers\": 1,"
                + " \"num_attention_heads\": 1, \"intermediate_size\": 8, \"max_position_embeddings\": 4,"
                + " \"type_vocab_size\": 1, \"layer_norm_eps\": 1e-12, \"hidden_act\": \"mish\"}");
        assertThatThrownBy(() -> HfConfigs.bert(file)).isInstanceOf(ModelException.class)
                .hasMessageContaining("'hidden_act' is 'mish'");
    }
}

package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.workload.WeightFile;
import dev.webaccel.workload.models.PresetInputs.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The real-size presets in Java: parameter counts equal the published ones, the graphs read exactly the tensors a
 * preset file holds with the shapes its config implies, files are valid safetensors that read back, and a current
 * folder is reused while a stale one is rewritten. Files are written for whisper-tiny (the smallest, 33 MB) in a
 * temporary folder; the graph presets are checked against the tensor list their files are written from.
 */
@Test(groups = "unit")
public class PresetsTest {

    @DataProvider
    public Object[][] presets() {
        return Arrays.stream(Preset.values()).map(p -> new Object[] {p}).toArray(Object[][]::new);
    }

    @DataProvider
    public Object[][] graphPresets() {
        return Preset.withGraphs().stream().map(p -> new Object[] {p}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "presets")
    public void parameterCountsAreThePublishedOnes(Preset preset) {
        assertThat(Presets.parameters(preset)).as(preset.id()).isEqualTo(preset.publishedParameters());
    }

    @Test(dataProvider = "graphPresets")
    public void theGraphReadsExactlyThePresetsTensors(Preset preset) {
        PresetFolder folder = new PresetFolder(preset, Path.of("unwritten", preset.id()));
        Map<String, long[]> inFile = new HashMap<>();
        PresetFolder.tensors(preset).forEach(t -> inFile.put(t.name(), t.longShape()));
        for (Size size : Size.values()) {
            WeightFile file = graphOf(preset, folder, size).weights();
            Set<String> read = new HashSet<>();
            for (WeightFile.WeightTensor t : file.tensors()) {
                assertThat(inFile).as(preset.id() + " holds " + t.name()).containsKey(t.name());
                assertThat(inFile.get(t.name())).as(t.name()).containsExactly(t.shape().stream().mapToLong(x -> x).toArray());
                read.add(t.name());
            }
            assertThat(read).as(preset.id() + ": every tensor of the file is read").containsAll(inFile.keySet());
        }
    }

    @Test
    public void theHooksForFamiliesWithoutAGraphSaySo() {
        for (Preset preset : List.of(Preset.WHISPER_TINY, Preset.WAV2VEC2_BASE)) {
            PresetFolder folder = new PresetFolder(preset, Path.of("unwritten", preset.id()));
            assertThat(preset.family().graphBuilt()).isFalse();
            assertThatThrownBy(() -> Presets.graph(preset, PresetFolder.config(preset), folder.model(), Size.CI)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("graph is not built yet");
        }
    }

    @Test
    public void aPresetFileIsValidSafetensorsWithEveryTensorAtItsShape() throws IOException {
        Path root = Files.createTempDirectory("presets");
        PresetFolder folder = PresetFolder.ensure(Preset.WHISPER_TINY, root);
        Safetensors file = Safetensors.open(folder.model());
        List<PresetTensor> expected = PresetFolder.tensors(Preset.WHISPER_TINY);
        assertThat(file.tensors()).extracting(TensorInfo::name).containsExactlyElementsOf(
                expected.stream().map(PresetTensor::name).toList());
        for (PresetTensor t : expected) {
            assertThat(file.info(t.name()).shape()).as(t.name()).containsExactly(t.longShape());
            assertThat(Arrays.equals(file.readF32(t.name()), PresetWeights.values(Preset.WHISPER_TINY.seed(), t)))
                    .as(t.name() + " reads back as written").isTrue();
        }
        ModelConfig config = ModelConfig.read(folder.config());
        assertThat(HfConfigs.whisperEncoder(folder.config()).dModel()).isEqualTo(384);
        assertThat(config.integer("encoder_layers")).isEqualTo(4);
    }

    @Test(dataProvider = "presets")
    public void theConfigReadsAsTheLibrarysConfig(Preset preset) throws IOException {
        Path config = Files.createTempDirectory("preset-config").resolve("config.json");
        Files.writeString(config, PresetFolder.configText(preset));
        switch (preset.family()) {
            case BERT -> assertThat(HfConfigs.bert(config).hiddenSize()).isEqualTo(768);
            case VIT -> assertThat(HfConfigs.vit(config).patchSize()).isEqualTo(16);
            case CLIP -> assertThat(HfConfigs.clip(config).text().eosTokenId()).isEqualTo(49407);
            case LLAMA -> assertThat(HfConfigs.llama(config).ropeTheta()).isEqualTo(10000.0);
            case WHISPER -> assertThat(HfConfigs.whisperEncoder(config).encoderLayers()).isEqualTo(4);
            case WAV2VEC2 -> assertThat(HfConfigs.wav2vec2(config).numConvPosEmbeddingGroups()).isEqualTo(16);
        }
    }

    @Test
    public void seededValuesHaveTheStatedSpread() {
        PresetTensor matrix = new PresetTensor("m.weight", List.of(512, 512), PresetTensor.Init.MATRIX);
        PresetTensor scale = new PresetTensor("n.weight", List.of(4096), PresetTensor.Init.SCALE);
        assertThat(std(PresetWeights.values(1, matrix), 0)).isCloseTo(0.02, org.assertj.core.data.Offset.offset(2e-4));
        assertThat(std(PresetWeights.values(1, scale), 1)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(5e-3));
        assertThat(Arrays.equals(PresetWeights.values(1, matrix), PresetWeights.values(1, matrix))).as("same seed").isTrue();
        assertThat(Arrays.equals(PresetWeights.values(2, matrix), PresetWeights.values(1, matrix))).as("another seed")
                .isFalse();
    }

    @Test
    public void aCurrentFolderIsReusedAndAStaleOneRewritten() throws IOException {
        Path root = Files.createTempDirectory("presets");
        PresetFolder first = PresetFolder.ensure(Preset.WHISPER_TINY, root);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.model(), old);
        PresetFolder again = PresetFolder.ensure(Preset.WHISPER_TINY, root);
        assertThat(Files.getLastModifiedTime(again.model())).as("reused, not rewritten").isEqualTo(old);

        Files.writeString(first.stamp(), "{\"preset\":\"whisper-tiny\",\"seed\":1}\n");
        PresetFolder rewritten = PresetFolder.ensure(Preset.WHISPER_TINY, root);
        assertThat(Files.getLastModifiedTime(rewritten.model())).as("another seed: rewritten").isNotEqualTo(old);
        assertThat(rewritten.isCurrent()).isTrue();

        Files.write(first.model(), new byte[] {1, 2, 3});
        assertThat(first.isCurrent()).as("a truncated file is not current").isFalse();
        assertThat(PresetFolder.ensure(Preset.WHISPER_TINY, root).isCurrent()).isTrue();
    }

    @Test
    public void inputsAreShapedLikeTokenizerOutput() {
        int[][] texts = PresetInputs.clipTexts(3, Size.FULL);
        assertThat(texts).hasNumberOfRows(2);
        for (int[] text : texts) {
            assertThat(text).hasSize(77);
            assertThat(text[0]).isEqualTo(49406);
            assertThat(text[76]).as("padded or ended with eos").isEqualTo(49407);
        }
        PresetInputs.BertInput bert = PresetInputs.bert(3, Size.FULL, 30522);
        assertThat(bert.ids()).hasSize(128);
        assertThat(bert.ids()[0]).isEqualTo(101);
        assertThat(Arrays.stream(bert.mask()).sum()).as("a padding tail of 32").isEqualTo(96);
        assertThat(bert.ids()[95]).isEqualTo(102);
        assertThat(PresetInputs.llamaPrompt(3, Size.CI, 49152, 0)).hasSize(8).startsWith(0);
    }

    private static ModelGraph graphOf(Preset preset, PresetFolder folder, Size size) {
        // The graph reads config.json from the folder; here the config comes straight from the preset.
        return Presets.graph(preset, PresetFolder.config(preset), folder.model(), size);
    }

    private static double std(float[] v, double mean) {
        double sum = 0;
        for (float x : v) {
            sum += (x - mean) * (x - mean);
        }
        return Math.sqrt(sum / v.length);
    }
}

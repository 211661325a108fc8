package dev.webaccel.workload.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.webaccel.workload.models.SafetensorsWriter.TensorSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A preset on disk: {@code <root>/<preset id>/config.json} and {@code model.safetensors} (F32, every tensor under
 * the library's name), written by {@link #ensure} and reused while {@code preset.stamp} says they were written from
 * the same config, tensors, seed and drawing rule (and the weight file has the size those imply).
 */
public record PresetFolder(Preset preset, Path dir) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String STAMP = "preset.stamp";

    public Path config() {
        return dir.resolve("config.json");
    }

    public Path model() {
        return dir.resolve("model.safetensors");
    }

    public Path stamp() {
        return dir.resolve(STAMP);
    }

    /** The folder of {@code preset} under {@code root}, written unless an identical one is there already. */
    public static PresetFolder ensure(Preset preset, Path root) {
        PresetFolder folder = new PresetFolder(preset, root.resolve(preset.id()));
        if (!folder.isCurrent()) {
            folder.write();
        }
        return folder;
    }

    /** The config the preset's sizes come from (the one written to config.json). */
    public static ModelConfig config(Preset preset) {
        return ModelConfig.of(preset.id() + "/config.json", JSON.valueToTree(PresetConfigs.of(preset)));
    }

    public static List<PresetTensor> tensors(Preset preset) {
        return PresetTensors.of(preset.family(), config(preset));
    }

    /** Whether the files on disk are the ones this code would write. */
    public boolean isCurrent() {
        try {
            return Files.isRegularFile(config()) && Files.isRegularFile(model()) && Files.isRegularFile(stamp())
                    && Files.readString(stamp()).equals(expectedStamp())
                    && Files.size(model()) == SafetensorsWriter.fileSize(specs(tensors(preset)));
        } catch (IOException e) {
            return false;
        }
    }

    private void write() {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(stamp());
            Files.writeString(config(), configText());
            Map<String, PresetTensor> byName = new LinkedHashMap<>();
            tensors(preset).forEach(t -> byName.put(t.name(), t));
            SafetensorsWriter.stream(model(), specs(List.copyOf(byName.values())),
                    spec -> PresetWeights.values(preset.seed(), byName.get(spec.name())));
            Files.writeString(stamp(), expectedStamp());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write preset " + preset.id() + " under " + dir
                    + " (is target/ writable and is there ~" + (4 * preset.publishedParameters() >> 20) + " MiB free?)", e);
        }
    }

    private String configText() throws JsonProcessingException {
        return configText(preset);
    }

    /** config.json's text, pretty-printed as save_pretrained writes it. */
    static String configText(Preset preset) throws JsonProcessingException {
        return JSON.writeValueAsString(PresetConfigs.of(preset)) + "\n";
    }

    private String expectedStamp() throws JsonProcessingException {
        StringBuilder layout = new StringBuilder(configText());
        for (PresetTensor t : tensors(preset)) {
            layout.append(t.name()).append(t.shape()).append(t.init()).append('\n');
        }
        Map<String, Object> stamp = new LinkedHashMap<>();
        stamp.put("preset", preset.id());
        stamp.put("seed", preset.seed());
        stamp.put("rule", PresetWeights.RULE_VERSION);
        stamp.put("layout_sha256", sha256(layout.toString()));
        return JSON.writeValueAsString(stamp) + "\n";
    }

    static List<TensorSpec> specs(List<PresetTensor> tensors) {
        return tensors.stream().map(t -> new TensorSpec(t.name(), SafetensorsDtype.F32, t.longShape())).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

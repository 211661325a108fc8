package dev.webaccel.workload.models;

import static dev.webaccel.workload.models.SafetensorsFixtures.concat;
import static dev.webaccel.workload.models.SafetensorsFixtures.floats;
import static dev.webaccel.workload.models.SafetensorsFixtures.longs;
import static dev.webaccel.workload.models.SafetensorsFixtures.shorts;
import static dev.webaccel.workload.models.SafetensorsFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class SafetensorsTest {
    private static final String TWO_TENSORS = "{\"__metadata__\":{\"format\":\"pt\"},"
            + "\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
            + "\"ids\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[16,32]}}";
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("safetensors-test");
    }

    public void readsHeaderFloatsAndLongs() {
        Path file = write(dir, "ok.safetensors", TWO_TENSORS, concat(floats(1, 2, 3, 4), longs(7, -1)));
        Safetensors st = Safetensors.open(file);
        assertThat(st.tensors()).extracting(TensorInfo::name).containsExactly("w", "ids");
        assertThat(st.info("w").shape()).containsExactly(2, 2);
        assertThat(st.info("ids").dtype()).isEqualTo(SafetensorsDtype.I64);
        assertThat(st.metadata()).containsEntry("format", "pt");
        assertThat(st.readF32("w")).containsExactly(1, 2, 3, 4);
        assertThat(st.readI64("ids")).containsExactly(7, -1);
    }

    public void widensF16AndBf16() {
        String header = "{\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[6,10]}}";
        // F16 1.0, -2.0, smallest subnormal; BF16 1.0, -0.5
        Path file = write(dir, "half.safetensors", header, concat(shorts(0x3c00, 0xc000, 0x0001), shorts(0x3f80, 0xbf00)));
        Safetensors st = Safetensors.open(file);
        assertThat(st.readF32("h")).containsExactly(1f, -2f, 0x1p-24f);
        assertThat(st.readF32("b")).containsExactly(1f, -0.5f);
    }

    public void rejectsAFileShorterThanTheHeaderLength() {
        Path file = dir.resolve("tiny.safetensors");
        assertThatThrownBy(() -> Safetensors.open(Files.write(file, new byte[] {1, 2, 3})))
                .isInstanceOf(SafetensorsException.class)
                .hasMessage("tiny.safetensors: file is 3 bytes, shorter than the 8-byte header length");
    }

    public void rejectsAHeaderLengthPastTheEndOfTheFile() {
        Path file = write(dir, "truncated.safetensors", 500, "{}".getBytes(), new byte[0]);
        assertThatThrownBy(() -> Safetensors.open(file))
                .hasMessage("truncated.safetensors: header length 500 is past the end of the file (10 bytes)");
    }

    public void rejectsAHeaderLongerThanTheLimit() {
        Path file = write(dir, "huge.safetensors", Safetensors.MAX_HEADER_BYTES + 1, "{}".getBytes(), new byte[0]);
        assertThatThrownBy(() -> Safetensors.open(file))
                .hasMessage("huge.safetensors: header length 104857601 exceeds the limit of 104857600 bytes");
    }

    public void rejectsBadJson() {
        Path file = write(dir, "bad.safetensors", "{\"w\":", new byte[0]);
        assertThatThrownBy(() -> Safetensors.open(file)).hasMessageStartingWith("bad.safetensors: header is not valid JSON");
    }

    public void rejectsAHeaderThatIsNotAnObject() {
        Path file = write(dir, "array.safetensors", "[1,2]", new byte[0]);
        assertThatThrownBy(() -> Safetensors.open(file)).hasMessage("array.safetensors: header is not a JSON object");
    }

    public void rejectsOffsetsPastTheEndOfTheData() {
        String header = "{\"encoder.layer.0.attention.self.query.weight\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}";
        Path file = write(dir, "model.safetensors", header, floats(1, 2));
        assertThatThrownBy(() -> Safetensors.open(file)).isInstanceOf(SafetensorsException.class)
                .hasMessage("model.safetensors: tensor 'encoder.layer.0.attention.self.query.weight' has data_offsets"
                        + " [0, 16] past the end of the data section (8 bytes)");
    }

    public void rejectsOverlappingTensors() {
        String header = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}";
        Path file = write(dir, "overlap.safetensors", header, floats(1, 2, 3));
        assertThatThrownBy(() -> Safetensors.open(file))
                .hasMessage("overlap.safetensors: tensor 'b' has data_offsets [4, 12] overlapping tensor 'a' [0, 8]");
    }

    public void rejectsAShapeThatDoesNotMatchTheByteCount() {
        String header = "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}";
        Path file = write(dir, "mismatch.safetensors", header, floats(1, 2));
        assertThatThrownBy(() -> Safetensors.open(file))
                .hasMessage("mismatch.safetensors: tensor 'w' has 8 bytes in data_offsets [0, 8] but shape [3] of F32 needs 12");
    }

    public void rejectsAnUnknownDtype() {
        String header = "{\"w\":{\"dtype\":\"F128\",\"shape\":[1],\"data_offsets\":[0,16]}}";
        Path file = write(dir, "dtype.safetensors", header, new byte[16]);
        assertThatThrownBy(() -> Safetensors.open(file)).hasMessage("dtype.safetensors: tensor 'w' has unknown dtype 'F128'");
    }

    public void rejectsAMissingShape() {
        String header = "{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}";
        Path file = write(dir, "noshape.safetensors", header, floats(1));
        assertThatThrownBy(() -> Safetensors.open(file)).hasMessage("noshape.safetensors: tensor 'w' has no shape array");
    }

    public void rejectsReadingIntegersAsFloatsAndAnUnknownName() {
        Path file = write(dir, "ok2.safetensors", TWO_TENSORS, concat(floats(1, 2, 3, 4), longs(7, -1)));
        Safetensors st = Safetensors.open(file);
        assertThatThrownBy(() -> st.readF32("ids"))
                .hasMessage("ok2.safetensors: tensor 'ids' is I64, not a float type (F32, F16, BF16, F64)");
        assertThatThrownBy(() -> st.readI64("w"))
                .hasMessage("ok2.safetensors: tensor 'w' is F32, not an integer type (I64, I32)");
        assertThatThrownBy(() -> st.readF32("nope")).hasMessage("ok2.safetensors: no tensor 'nope'");
    }
}

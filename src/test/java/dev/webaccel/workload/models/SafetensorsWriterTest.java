package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class SafetensorsWriterTest {

    @Test
    public void everyHalfSurvivesARoundTripThroughFloat() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.f16ToF32((short) h);
            if (!Float.isNaN(f)) {
                assertThat(HalfFloats.f32ToF16(f) & 0xffff).as("half 0x%04x", h).isEqualTo(h);
            }
        }
    }

    @Test
    public void floatsRoundToTheNearestHalfTiesToEven() {
        assertThat(HalfFloats.f16ToF32(HalfFloats.f32ToF16(1 + 0x1p-11f))).isEqualTo(1f);           // tie, even down
        assertThat(HalfFloats.f16ToF32(HalfFloats.f32ToF16(1 + 3 * 0x1p-11f))).isEqualTo(1 + 0x1p-9f); // tie, even up
        assertThat(HalfFloats.f16ToF32(HalfFloats.f32ToF16(70000f))).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(HalfFloats.f16ToF32(HalfFloats.f32ToF16(3e-8f))).isEqualTo(0x1p-24f);           // subnormal
    }

    @Test
    public void bfloat16KeepsTheHighBitsRoundedToNearestEven() {
        assertThat(SafetensorsWriter.bfloat16(1f)).isEqualTo((short) 0x3f80);
        assertThat(SafetensorsWriter.bfloat16(Float.intBitsToFloat(0x3f808000))).isEqualTo((short) 0x3f80);
        assertThat(SafetensorsWriter.bfloat16(Float.intBitsToFloat(0x3f818000))).isEqualTo((short) 0x3f82);
    }

    @Test
    public void whatItWritesTheReaderReadsBack() throws Exception {
        Path file = Files.createTempDirectory("st").resolve("w.safetensors");
        new SafetensorsWriter()
                .add("a", SafetensorsDtype.F32, new long[] {2, 2}, new float[] {1, -2, 3.5f, 1e-3f})
                .add("b", SafetensorsDtype.F16, new long[] {3}, new float[] {0.5f, -1.25f, 2048f})
                .add("c", SafetensorsDtype.BF16, new long[] {1}, new float[] {-3f})
                .write(file);
        Safetensors st = Safetensors.open(file);
        assertThat(st.readF32("a")).containsExactly(1, -2, 3.5f, 1e-3f);
        assertThat(st.readF32("b")).containsExactly(0.5f, -1.25f, 2048f);
        assertThat(st.readF32("c")).containsExactly(-3f);
        assertThat((Files.size(file) - 8 - (st.info("c").end())) % 8).as("header padded to 8 bytes").isZero();
    }
}

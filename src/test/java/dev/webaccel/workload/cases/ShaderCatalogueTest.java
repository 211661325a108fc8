package dev.webaccel.workload.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.workload.KernelSpec;
import java.util.Map;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ShaderCatalogueTest {
    @Test
    public void matmulBitsPickTheFile() {
        assertThat(ShaderCatalogue.select("matmul", 32, null, "chrome", null))
                .isEqualTo(new KernelSpec("matmul.wgsl", "matmul_tiled", Map.of("WG_X", 16, "WG_Y", 16, "TILE_K", 16)));
        assertThat(ShaderCatalogue.select("matmul", 16, null, "firefox", Map.of()).file()).isEqualTo("matmul_f16.wgsl");
        for (int bits : new int[] {2, 3, 4, 8}) {
            KernelSpec spec = ShaderCatalogue.select("matmul", bits, null, "chrome", Map.of());
            assertThat(spec.file()).isEqualTo("qmatmul.wgsl");
            assertThat(spec.constants()).containsEntry("BITS", bits);
        }
    }

    @Test
    public void guideExampleWithAdaptivePrecisionUsesTheLayerTypeBits() {
        // generate_compute_shader("matmul", bits=2, browser="chrome", adaptive_precision=True,
        //                         layer_type="feed_forward", config={"per_channel": True, "symmetric": False})
        Map<String, Object> config = Map.of("adaptive_precision", true, "per_channel", true, "symmetric", false);
        assertThat(ShaderCatalogue.select("matmul", 2, "feed_forward", "chrome", config).constants()).containsEntry("BITS", 2);
        assertThat(ShaderCatalogue.select("matmul", 2, "attention", "chrome", config).constants()).containsEntry("BITS", 8);
        assertThat(ShaderCatalogue.select("matmul", 2, "embedding", "chrome", config).constants()).containsEntry("BITS", 4);
        assertThat(ShaderCatalogue.select("matmul", 2, "attention", "chrome", Map.of()).constants())
                .as("without adaptive_precision the bits argument wins").containsEntry("BITS", 2);
    }

    @Test
    public void mixedPrecisionPresetIsTheGuides() {
        assertThat(MixedPrecision.GUIDE.bitsFor("attention")).isEqualTo(8);
        assertThat(MixedPrecision.GUIDE.bitsFor("ffn")).isEqualTo(2);
        assertThat(MixedPrecision.GUIDE.bitsFor("feed-forward")).isEqualTo(2);
        assertThat(MixedPrecision.GUIDE.bitsFor(null)).isEqualTo(4);
        assertThatThrownBy(() -> new MixedPrecision(8, 1, 4)).hasMessageContaining("2, 3, 4 or 8");
    }

    @Test
    public void browserPresetsSetTheAudioWorkgroup() {
        assertThat(ShaderCatalogue.select("logmel", 32, null, "firefox", null))
                .isEqualTo(new KernelSpec("logmel.wgsl", "logmel_fft", Map.of("WG", 256)));
        assertThat(ShaderCatalogue.select("logmel", 32, null, "chrome", Map.of("variant", "dft")))
                .isEqualTo(new KernelSpec("logmel.wgsl", "logmel_dft", Map.of("WG", 128)));
        assertThat(ShaderCatalogue.select("logmel", 32, null, "webkit", null).constants()).containsEntry("WG", 256);
        assertThat(ShaderCatalogue.select("logmel", 32, null, "chrome", Map.of("workgroup_size", 64)).constants())
                .containsEntry("WG", 64);
    }

    @Test
    public void otherOpsMapToTheirFiles() {
        assertThat(ShaderCatalogue.select("gelu", 32, null, "chrome", null))
                .isEqualTo(new KernelSpec("elementwise.wgsl", "gelu", Map.of()));
        assertThat(ShaderCatalogue.select("softmax", 32, null, "chrome", Map.of("workgroup_size", 64)).constants())
                .containsEntry("WG", 64);
        assertThat(ShaderCatalogue.select("conv2d_patch", 32, null, "chrome", null).file()).isEqualTo("conv2d_patch.wgsl");
    }

    @Test
    public void badRequestsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> ShaderCatalogue.select("matmul", 5, null, "chrome", null)).hasMessageContaining("2, 3, 4 or 8");
        assertThatThrownBy(() -> ShaderCatalogue.select("matmul", 4, null, "chrome", Map.of("per_chanel", true)))
                .hasMessageContaining("unknown shader config key 'per_chanel'");
        assertThatThrownBy(() -> ShaderCatalogue.select("fft3d", 32, null, "chrome", null)).hasMessageContaining("no kernel");
        assertThatThrownBy(() -> ShaderCatalogue.select("logmel", 32, null, "chrome", Map.of("workgroup_size", 96)))
                .hasMessageContaining("power of two");
    }
}

package dev.webaccel.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.protocol.LogLine;
import java.io.UncheckedIOException;
import java.util.List;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class WasmStatsTest {
    private static final String JSON = "{\"flavours\":{\"wasm-simd-threads\":{\"backend\":\"wasm\",\"simd\":true,\"threads\":4,"
            + "\"workers\":4,\"file\":\"kernels-simd-threads.wasm\",\"heapBytes\":0,\"ops\":{\"matmul\":{\"count\":4,"
            + "\"totalMs\":10,\"lastMs\":2.5,\"lastThreads\":4}}}},\"failures\":{\"wasm-scalar\":\"boom\"}}";

    public void parsesTheLastStatsLineOfTheConsole() {
        List<LogLine> console = List.of(new LogLine("r", "info", "hello"), new LogLine("r", "info", "wasm-stats {\"flavours\":{}}"),
                new LogLine("r", "info", WasmStats.PREFIX + JSON));
        WasmStats stats = WasmStats.from(console).orElseThrow();
        WasmStats.Flavour f = stats.flavours().get("wasm-simd-threads");
        assertThat(f.simd()).isTrue();
        assertThat(f.threads()).isEqualTo(4);
        assertThat(f.ops().get("matmul").meanMs()).isEqualTo(2.5);
        assertThat(f.ops().get("matmul").lastThreads()).isEqualTo(4);
        assertThat(stats.failures()).containsEntry("wasm-scalar", "boom");
        assertThat(stats.table()).contains("wasm-simd-threads").contains("matmul").contains("wasm-scalar could not be loaded: boom");
    }

    public void absentWhenThePageSentNone() {
        assertThat(WasmStats.from(List.of(new LogLine("r", "info", "x")))).isEmpty();
    }

    public void malformedJsonIsAnError() {
        assertThatThrownBy(() -> WasmStats.parse("{")).isInstanceOf(UncheckedIOException.class);
    }
}

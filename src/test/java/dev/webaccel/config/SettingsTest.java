package dev.webaccel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class SettingsTest {

    public void defaultsApplyWhenNothingIsSet() {
        Settings s = Settings.from(Map.of(), k -> null);
        assertThat(s.browser()).isEqualTo("available");
        assertThat(s.headless()).isTrue();
        assertThat(s.backend()).isEqualTo("auto");
        assertThat(s.serverHost()).isEqualTo("127.0.0.1");
        assertThat(s.serverPort()).isZero();
        assertThat(s.iterations()).isEqualTo(5);
        assertThat(s.strictClaims()).isFalse();
        assertThat(s.gridUrl()).isEmpty();
    }

    public void systemPropertyBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("WEBACCEL_ITERATIONS", "7", "WEBACCEL_BROWSER", "webkit");
        Settings fromEnv = Settings.from(env, k -> null);
        assertThat(fromEnv.iterations()).isEqualTo(7);
        Settings fromProperty = Settings.from(env, k -> k.equals("iterations") ? "9" : null);
        assertThat(fromProperty.iterations()).isEqualTo(9);
        assertThat(fromProperty.browser()).isEqualTo("webkit");
    }

    public void dottedKeysMapToUnderscoredEnvironmentVariables() {
        Settings s = Settings.from(Map.of("WEBACCEL_SERVER_PORT", "8123"), k -> null);
        assertThat(s.serverPort()).isEqualTo(8123);
    }

    public void badValuesNameTheKeyTheValueAndTheFix() {
        assertThatThrownBy(() -> Settings.from(Map.of(), k -> k.equals("iterations") ? "many" : null))
                .isInstanceOf(SettingsException.class)
                .hasMessage("Setting 'iterations' has value 'many' but must be an integer >= 1."
                        + " Fix it with -Diterations=... or WEBACCEL_ITERATIONS=...");
        assertThatThrownBy(() -> Settings.from(Map.of(), k -> k.equals("backend") ? "cuda" : null))
                .hasMessageContaining("'backend' has value 'cuda' but must be auto|webgpu|wasm|wasm-scalar");
        assertThatThrownBy(() -> Settings.from(Map.of(), k -> k.equals("headless") ? "yes" : null))
                .hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> Settings.from(Map.of(), k -> k.equals("iterations") ? "0" : null))
                .hasMessageContaining("an integer >= 1");
    }

    public void strictClaimsIsRecognised() {
        assertThat(Settings.from(Map.of(), k -> k.equals("claims") ? "STRICT" : null).strictClaims()).isTrue();
    }
}

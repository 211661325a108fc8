package dev.webaccel.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class AllureExecutorTest {
    private static final Instant NOW = Instant.parse("2026-12-02T16:48:56.789Z");

    public void inGitHubActionsTheRunNumberOrdersTheBuilds() throws IOException {
        Map<String, String> env = Map.of("GITHUB_RUN_NUMBER", "42", "GITHUB_RUN_ID", "987",
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/webaccel");
        JsonNode json = new ObjectMapper().readTree(AllureExecutor.of(env::get, NOW).json());
        assertThat(json.get("name").asText()).isEqualTo("webaccel");
        assertThat(json.get("type").asText()).isEqualTo("maven");
        assertThat(json.get("reportName").asText()).isEqualTo("webaccel");
        assertThat(json.get("buildOrder").asLong()).isEqualTo(42);
        assertThat(json.get("buildName").asText()).isEqualTo("webaccel #42");
        assertThat(json.get("buildUrl").asText()).isEqualTo("https://github.com/acme/webaccel/actions/runs/987");
        assertThat(AllureExecutor.of(env::get, NOW).properties()).isEqualTo("buildName=webaccel #42\nbuildOrder=42\n"
                + "buildUrl=https://github.com/acme/webaccel/actions/runs/987\n");
    }

    public void elsewhereTheTimeOrdersTheBuilds() throws IOException {
        JsonNode json = new ObjectMapper().readTree(AllureExecutor.of(name -> null, NOW).json());
        assertThat(json.get("buildOrder").isIntegralNumber()).isTrue();
        assertThat(json.get("buildOrder").asLong()).isEqualTo(20261202164856L);
        assertThat(json.get("buildName").asText()).isEqualTo("webaccel 2026-12-02T16:48:56Z");
        assertThat(json.get("type").asText()).isEqualTo("maven");
        assertThat(json.has("buildUrl")).as("no null fields").isFalse();
        assertThat(AllureExecutor.of(name -> null, NOW).properties())
                .isEqualTo("buildName=webaccel 2026-12-02T16:48:56Z\nbuildOrder=20261202164856\n");
    }
}

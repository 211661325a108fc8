package dev.webaccel.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class AllureSinkTest {

    public void writesCategoriesAndExecutorEvenWithoutRecords() throws IOException {
        Path dir = Files.createTempDirectory("allure-results");
        new AllureSink().writeTo(dir);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(dir.resolve("categories.json").toFile()).size()).isEqualTo(AllureCategories.all().size());
        assertThat(json.readTree(dir.resolve("executor.json").toFile()).get("name").asText()).isEqualTo("webaccel");
        assertThat(dir.resolve(AllureSink.BUILD_FILE)).content().contains("buildOrder=");
        assertThat(dir.resolve("environment.properties")).doesNotExist();
    }
}

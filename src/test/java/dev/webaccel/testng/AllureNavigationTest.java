package dev.webaccel.testng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.config.Settings;
import dev.webaccel.testng.AllureNavigation.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class AllureNavigationTest {
    private static final Path TESTS = Settings.fromEnvironment().projectDir().resolve("src/test/java");

    public void browserTestsGetTheirEpicAndFeature() {
        assertThat(AllureNavigation.place("dev.webaccel.it.FirstWorkloadIT"))
                .isEqualTo(new Place("Capabilities", "Capabilities and first workload"));
        assertThat(AllureNavigation.place("dev.webaccel.it.KernelCorrectnessIT").epic()).isEqualTo("Kernels");
        assertThat(AllureNavigation.place("dev.webaccel.it.GraphChainIT").epic()).isEqualTo("Models");
        assertThat(AllureNavigation.place("dev.webaccel.it.WasmFallbackIT").epic()).isEqualTo("Fallback");
        assertThat(AllureNavigation.place("dev.webaccel.it.KernelBenchmarkIT").epic()).isEqualTo("Optimizations");
        assertThat(AllureNavigation.place("dev.webaccel.it.ClaimsIT").epic()).isEqualTo("Claims");
        assertThat(AllureNavigation.place("dev.webaccel.it.EnginesPresentIT").epic()).isEqualTo("Infrastructure");
    }

    public void unitTestsAreGroupedByPackage() {
        assertThat(AllureNavigation.place("dev.webaccel.stats.SummaryTest")).isEqualTo(new Place("Claims", "Statistics"));
        assertThat(AllureNavigation.place("dev.webaccel.claims.ClaimVerifierTest").epic()).isEqualTo("Claims");
        assertThat(AllureNavigation.place("dev.webaccel.reference.SoftmaxTest").epic()).isEqualTo("Kernels");
        assertThat(AllureNavigation.place("dev.webaccel.workload.cases.CaseBuildersTest"))
                .isEqualTo(new Place("Kernels", "Cases and shaders"));
        assertThat(AllureNavigation.place("dev.webaccel.workload.future.SomeTest"))
                .as("a new sub-package falls back to its parent package").isEqualTo(new Place("Kernels", "Workloads"));
    }

    public void parentSuiteIsTheBrowserOrUnitTests() {
        assertThat(AllureNavigation.parentSuite("dev.webaccel.it.FirstWorkloadIT", Optional.of("chrome")))
                .isEqualTo("chrome");
        assertThat(AllureNavigation.parentSuite("dev.webaccel.it.EnginesPresentIT", Optional.empty()))
                .isEqualTo(AllureNavigation.ALL_BROWSERS);
        assertThat(AllureNavigation.parentSuite("dev.webaccel.history.MigrationsTest", Optional.of("chrome")))
                .isEqualTo("unit tests");
        assertThat(AllureNavigation.story("dev.webaccel.it.FirstWorkloadIT", Optional.of("webkit"))).isEqualTo("webkit");
        assertThat(AllureNavigation.story("dev.webaccel.history.MigrationsTest", Optional.empty()))
                .isEqualTo("MigrationsTest");
    }

    public void everyBrowserTestClassIsInTheTable() throws IOException {
        List<String> classes = javaClasses(TESTS.resolve("dev/webaccel/it")).filter(n -> n.endsWith("IT")).toList();
        assertThat(classes).isNotEmpty();
        assertThat(classes).allSatisfy(c -> assertThat(AllureNavigation.place("dev.webaccel.it." + c).epic())
                .as(c + " in AllureNavigation").isNotEqualTo("Unmapped"));
    }

    public void everyUnitTestPackageIsInTheTable() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS.resolve("dev/webaccel"))) {
            List<String> classes = files.filter(p -> p.toString().endsWith("Test.java"))
                    .map(p -> TESTS.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", "")).toList();
            assertThat(classes).isNotEmpty().allSatisfy(c -> assertThat(AllureNavigation.place(c).epic())
                    .as(c + "'s package in AllureNavigation").isNotEqualTo("Unmapped"));
        }
    }

    private static Stream<String> javaClasses(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).toList().stream();
        }
    }
}

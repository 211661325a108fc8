package dev.webaccel.testng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.browser.Browser;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.channel.Waiter;
import dev.webaccel.claims.Claim;
import dev.webaccel.claims.ClaimResult;
import dev.webaccel.claims.ClaimVerifier;
import dev.webaccel.claims.ExpectedRange;
import dev.webaccel.claims.Measurement;
import dev.webaccel.claims.Selector;
import dev.webaccel.claims.Verdict;
import dev.webaccel.config.Settings;
import dev.webaccel.protocol.Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.testng.annotations.Test;

/** Each category against messages that webaccel's own code produces, matched the way Allure matches them. */
@Test(groups = "unit")
public class AllureCategoriesTest {
    private static final Settings SETTINGS = Settings.from(Map.of(), Map.of("webaccel.project.dir", "/proj")::get);

    /** The names of the categories Allure would give a result (CategoriesPlugin.matches: status, then DOTALL regex). */
    private static List<String> categories(String status, String message) {
        return AllureCategories.all().stream()
                .filter(c -> c.matchedStatuses().contains(status))
                .filter(c -> Pattern.compile(c.messageRegex(), Pattern.DOTALL).matcher(message).matches())
                .map(AllureCategories.Category::name).toList();
    }

    private static String failureOf(Runnable assertion) {
        return catchThrowable(assertion::run).getMessage();
    }

    public void jsonIsAllureCategoriesFormat() throws IOException {
        JsonNode json = new ObjectMapper().readTree(AllureCategories.json());
        assertThat(json.isArray()).isTrue();
        assertThat(StreamSupport.stream(json.spliterator(), false).map(c -> c.get("name").asText())).containsExactly(
                "Refuted claims", "Performance regressions", "Fallbacks", "Missing browsers or drivers", "Timeouts",
                "Product defects", "Test defects");
        assertThat(json).allSatisfy(c -> {
            assertThat(c.get("matchedStatuses").isArray()).isTrue();
            assertThat(c.get("messageRegex").isTextual()).isTrue();
        });
    }

    public void aRefutedClaimUnderStrictPolicy() {
        Claim claim = new Claim("ff-vs-chrome", "Firefox ~20% faster", "test", "warm-median-ms", "logmel-5s",
                new Selector("firefox", Backend.WEBGPU, null, null), new Selector("chrome", Backend.WEBGPU, null, null),
                new ExpectedRange(1.176, 1.333, 1.25, "test"));
        double[] same = IntStream.range(0, 30).mapToDouble(i -> 100 + i % 7 * 0.1).toArray();
        ClaimResult r = new ClaimVerifier().verify(claim, List.of(measurement("firefox", same), measurement("chrome", same)));
        assertThat(r.verdict()).isEqualTo(Verdict.REFUTED);
        // ClaimsIT's assertion under -Dclaims=strict
        String message = failureOf(() -> assertThat(List.of(r)).as("claims refuted under -Dclaims=strict:\n"
                + r.claim().id() + ": " + r.reason()).isEmpty());
        assertThat(categories("failed", message)).containsExactly("Refuted claims");
    }

    public void aPerformanceRegression() {
        // the prefix the history's regression check fails with
        assertThat(categories("failed", "performance regression: matmul-naive-64x64x64 in chrome (webgpu) median 5.8 ms"
                + " vs baseline 3.8 ms")).containsExactly("Performance regressions");
    }

    public void aFallbackTheTestDidNotExpect() throws IOException {
        String dispatch = Files.readString(Settings.fromEnvironment().projectDir().resolve("web-assets/js/dispatch.js"));
        assertThat(dispatch).contains("`fell back to WebAssembly: ${gpuProblem}; WebNN not used: ${nnProblem}`");
        String reason = "fell back to WebAssembly: no navigator.gpu (navigator.gpu is undefined); WebNN not used: "
                + "no navigator.ml; wasm-simd-threads";
        // FaultInjectionIT's assertion on a case that fell back for another reason
        String message = failureOf(() -> assertThat(reason).startsWith("fell back to WebAssembly: device lost (reason 'destroyed'"));
        assertThat(categories("failed", message)).containsExactly("Fallbacks");
    }

    public void aBrowserThatIsNotInstalled() {
        DriverResolver nothing = new DriverResolver(SETTINGS, "/usr/bin", p -> false, () -> false, "Linux");
        for (Browser b : List.of(Browser.CHROME, Browser.FIREFOX, Browser.WEBKIT, Browser.EDGE)) {
            String absent = catchThrowable(() -> nothing.resolve(b)).getMessage();
            // BrowserTestBase's skip
            assertThat(categories("skipped", "SKIPPED " + b.displayName() + ": " + absent)).as(absent)
                    .containsExactly("Missing browsers or drivers");
        }
        String safari = catchThrowable(() -> nothing.resolve(Browser.SAFARI)).getMessage();
        assertThat(categories("skipped", safari)).as(safari).containsExactly("Missing browsers or drivers");
    }

    public void noEngineAtAll() {
        // EnginesPresentIT's assertion
        String message = failureOf(() -> assertThat(List.of()).as("-Dbrowser=available selects no browser engine installed"
                + " here. Install them with: apt-get update && apt-get install -y chromium chromium-driver").isNotEmpty());
        assertThat(categories("failed", message)).containsExactly("Missing browsers or drivers");
    }

    public void aPageThatNeverFinished() {
        Clock stepping = new Clock() {
            private Instant now = Instant.parse("2026-01-01T00:00:00Z");

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };
        Waiter waiter = new Waiter(stepping, d -> { }, Duration.ofMillis(20));
        Throwable timeout = catchThrowable(() -> waiter.until("run 3f2a (chrome) to send 'done'", Duration.ofSeconds(180),
                Optional::empty, () -> "sample 3 of case matmul-naive-64x64x64"));
        assertThat(timeout.getMessage()).startsWith("Timed out after 180 s");
        assertThat(categories("broken", timeout.getMessage())).containsExactly("Timeouts");
    }

    public void anythingElseFallsToAllureDefaults() {
        String wrong = failureOf(() -> assertThat(1.0).as("output vs Java").isEqualTo(2.0));
        assertThat(categories("failed", wrong)).containsExactly("Product defects");
        assertThat(categories("broken", "Cannot invoke \"String.length()\" because \"s\" is null"))
                .containsExactly("Test defects");
        assertThat(categories("passed", wrong)).isEmpty();
    }

    private static Measurement measurement(String browser, double[] samples) {
        return new Measurement(browser, "1.0", "lavapipe", Backend.WEBGPU, "logmel-5s", "optimized", "warm-median-ms",
                "performance.now", 0.005, samples);
    }
}

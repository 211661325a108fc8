package dev.webaccel.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.safari.SafariOptions;

/** The WebDriver capabilities that give each engine WebGPU (where it has it) and a clean, quiet profile. */
public final class EngineOptions {
    /** Chromium flags that matter: WebGPU on SwiftShader when there is no GPU, and no background traffic. */
    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--enable-unsafe-webgpu", "--enable-unsafe-swiftshader", "--enable-webgpu-developer-features",
            "--enable-features=WebMachineLearningNeuralNetwork");

    private EngineOptions() {
    }

    public static Capabilities forBrowser(Browser browser, Optional<Path> binary, boolean headless, Path profileDir) {
        return switch (browser) {
            case CHROME -> chromium(new ChromeOptions(), binary, headless, profileDir);
            case EDGE -> chromium(new EdgeOptions(), binary, headless, profileDir);
            case FIREFOX -> firefox(binary, headless);
            case WEBKIT -> webkit(binary.orElseThrow());
            case SAFARI -> new SafariOptions();
        };
    }

    /** Chrome and Edge share Chromium's flags. */
    private static <T extends ChromiumOptions<T>> T chromium(T options, Optional<Path> binary, boolean headless,
                                                             Path profileDir) {
        binary.ifPresent(b -> options.setBinary(b.toFile()));
        options.addArguments(CHROMIUM_ARGS);
        options.addArguments("--user-data-dir=" + profileDir);
        if (headless) {
            options.addArguments("--headless");
        }
        return options;
    }

    private static FirefoxOptions firefox(Optional<Path> binary, boolean headless) {
        FirefoxOptions options = new FirefoxOptions();
        binary.ifPresent(b -> options.setBinary(b));
        options.addPreference("dom.webgpu.enabled", true);
        options.addPreference("gfx.webgpu.ignore-blocklist", true);
        options.addPreference("browser.shell.checkDefaultBrowser", false);
        options.addPreference("app.update.enabled", false);
        options.addPreference("datareporting.policy.dataSubmissionEnabled", false);
        options.addPreference("toolkit.telemetry.enabled", false);
        options.addPreference("network.captive-portal-service.enabled", false);
        if (headless) {
            options.addArguments("-headless");
        }
        return options;
    }

    /** Selenium has no WebKitGTK class: the W3C capabilities WebKitWebDriver expects, with MiniBrowser. */
    private static Capabilities webkit(Path miniBrowser) {
        MutableCapabilities caps = new MutableCapabilities();
        caps.setCapability("browserName", "MiniBrowser");
        caps.setCapability("webkitgtk:browserOptions", Map.of(
                "binary", miniBrowser.toString(),
                "args", List.of("--automation")));
        return caps;
    }
}

package dev.webaccel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class DriverResolverTest {
    private static final Path PROJECT = Path.of("/proj");

    private static Settings settings(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.put("webaccel.project.dir", PROJECT.toString());
        return Settings.from(Map.of(), all::get);
    }

    private static DriverResolver resolver(Settings settings, String path, boolean online, String os, String... files) {
        Set<Path> existing = java.util.Arrays.stream(files).map(Path::of).collect(java.util.stream.Collectors.toSet());
        return new DriverResolver(settings, path, existing::contains, () -> online, os);
    }

    public void explicitPropertyWins() {
        DriverResolver r = resolver(settings(Map.of("webdriver.chrome.driver", "/opt/cd")), "/usr/bin", false, "Linux",
                "/opt/cd", "/usr/bin/chromedriver", "/usr/bin/chromium");
        Installation i = r.resolve(Browser.CHROME);
        assertThat(i.driver()).contains(Path.of("/opt/cd"));
        assertThat(i.driverSource()).isEqualTo("-Dwebdriver.chrome.driver");
    }

    public void explicitPropertyToAMissingFileFailsWithThePath() {
        DriverResolver r = resolver(settings(Map.of("webdriver.chrome.driver", "/nope")), "", false, "Linux");
        assertThatThrownBy(() -> r.resolve(Browser.CHROME))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("-Dwebdriver.chrome.driver=/nope is not an executable file");
    }

    public void pathComesBeforeWellKnownLocations() {
        DriverResolver r = resolver(settings(Map.of()), "/a:/b", false, "Linux",
                "/b/chromedriver", "/usr/bin/chromedriver", "/usr/bin/chromium");
        assertThat(r.resolve(Browser.CHROME).driver()).contains(Path.of("/b/chromedriver"));
    }

    public void geckodriverFromMavenCentralIsFound() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", false, "Linux",
                "/proj/target/drivers/geckodriver", "/usr/bin/firefox-esr");
        Installation i = r.resolve(Browser.FIREFOX);
        assertThat(i.driver()).contains(Path.of("/proj/target/drivers/geckodriver"));
        assertThat(i.driverSource()).isEqualTo("Maven Central (target/drivers)");
        assertThat(i.binary()).contains(Path.of("/usr/bin/firefox-esr"));
    }

    public void offlineWithoutDriverNamesTheInstallCommand() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", false, "Linux", "/usr/bin/chromium");
        assertThatThrownBy(() -> r.resolve(Browser.CHROME))
                .hasMessageContaining("Selenium Manager is offline")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    public void onlineWithoutDriverFallsBackToSeleniumManager() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", true, "Linux", "/usr/bin/chromium");
        Installation i = r.resolve(Browser.CHROME);
        assertThat(i.driver()).isEmpty();
        assertThat(i.driverSource()).isEqualTo("Selenium Manager");
    }

    public void driverWithoutBrowserSaysTheBrowserIsMissing() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", false, "Linux", "/usr/bin/chromedriver");
        assertThatThrownBy(() -> r.resolve(Browser.CHROME)).hasMessageContaining("the browser itself is missing");
    }

    public void webkitNeedsMiniBrowserAndXvfb() {
        DriverResolver noXvfb = resolver(settings(Map.of()), "/usr/bin", false, "Linux", "/usr/bin/WebKitWebDriver",
                "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
        assertThatThrownBy(() -> noXvfb.resolve(Browser.WEBKIT)).isInstanceOf(BrowserUnavailableException.class)
                .hasMessage("WebKitGTK (Safari's engine on Linux) is not available: WebKitGTK needs an X display and"
                        + " Xvfb is missing; install it with: apt-get install -y xvfb");
        DriverResolver ok = resolver(settings(Map.of()), "/usr/bin", false, "Linux", "/usr/bin/WebKitWebDriver",
                "/usr/bin/Xvfb", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
        assertThat(ok.resolve(Browser.WEBKIT).binary())
                .contains(Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"));
    }

    public void safariOffMacOsSaysWhereItRuns() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", true, "Linux");
        assertThatThrownBy(() -> r.resolve(Browser.SAFARI))
                .hasMessageContaining("only on macOS").hasMessageContaining("-Dbrowser=webkit");
        assertThat(r.isInstalled(Browser.SAFARI)).isFalse();
    }

    public void edgeOnLinuxPointsToTheMatrixOrGrid() {
        DriverResolver r = resolver(settings(Map.of()), "/usr/bin", false, "Linux");
        assertThatThrownBy(() -> r.resolve(Browser.EDGE)).hasMessageContaining("-Dgrid.url");
    }
}

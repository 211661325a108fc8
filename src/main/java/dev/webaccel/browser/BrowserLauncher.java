package dev.webaccel.browser;

import dev.webaccel.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.edge.EdgeDriver;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts browser sessions: locally (the driver process started here, Xvfb for WebKitGTK) or on a
 * Selenium Grid when {@code -Dgrid.url} is set. Whatever fails half-way is stopped before the error
 * is thrown.
 */
public final class BrowserLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserLauncher.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Settings settings;
    private final DriverResolver resolver;

    public BrowserLauncher(Settings settings, DriverResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    public DriverResolver resolver() {
        return resolver;
    }

    public BrowserSession start(Browser browser) {
        Path workDir = createTempDir(browser);
        Path log = logFile(browser);
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            if (settings.gridUrl().isPresent()) {
                return onGrid(browser, workDir, log);
            }
            Installation installation = resolver.resolve(browser);
            Capabilities capabilities = EngineOptions.forBrowser(browser, installation.binary(), settings.headless(),
                    workDir.resolve("profile"));
            Map<String, String> environment = new HashMap<>();
            if (browser == Browser.WEBKIT) {
                environment.put("JSC_useSharedArrayBuffer", "1");
                if (settings.headless() || System.getenv("DISPLAY") == null) {
                    Xvfb xvfb = Xvfb.start(log);
                    owned.add(xvfb);
                    environment.put("DISPLAY", xvfb.display());
                }
            }
            WebDriver driver;
            Optional<SessionProcesses> tree = Optional.empty();
            if (installation.driver().isEmpty()) {
                driver = viaSeleniumManager(browser, capabilities);
            } else {
                DriverProcess process = DriverProcess.start(browser, installation.driver().get(), portArgument(browser),
                        List.of(), environment, log, settings.sessionTimeout());
                owned.add(process);
                driver = remote(process.url(), capabilities);
                tree = Optional.of(process.tree().rememberBrowser());
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            LOG.info("started {} (driver from {}, log {})", browser.displayName(), installation.driverSource(), log);
            return new BrowserSession(browser, driver, owned, tree, workDir, log);
        } catch (RuntimeException e) {
            for (int i = owned.size() - 1; i >= 0; i--) {
                try {
                    owned.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            BrowserSession.deleteQuietly(workDir);
            if (e instanceof BrowserUnavailableException) {
                throw e;
            }
            throw new BrowserUnavailableException(browser, "the session did not start: " + e.getMessage()
                    + " (driver log: " + log + ")", e);
        }
    }

    private BrowserSession onGrid(Browser browser, Path workDir, Path log) {
        Capabilities capabilities = EngineOptions.forBrowser(browser, java.util.Optional.empty(), settings.headless(),
                Path.of("/tmp/webaccel-profile-" + System.nanoTime()));
        URI grid = URI.create(settings.gridUrl().get());
        WebDriver driver = remote(grid, capabilities);
        return new BrowserSession(browser, driver, List.of(), Optional.empty(), workDir, log);
    }

    private WebDriver remote(URI address, Capabilities capabilities) {
        return RemoteWebDriver.builder()
                .oneOf(capabilities)
                .config(ClientConfig.defaultConfig().baseUri(address).readTimeout(settings.sessionTimeout())
                        .connectionTimeout(Duration.ofSeconds(10)))
                .build();
    }

    private static WebDriver viaSeleniumManager(Browser browser, Capabilities capabilities) {
        return switch (browser) {
            case CHROME -> new ChromeDriver((ChromeOptions) capabilities);
            case FIREFOX -> new FirefoxDriver((FirefoxOptions) capabilities);
            case EDGE -> new EdgeDriver((EdgeOptions) capabilities);
            default -> throw new BrowserUnavailableException(browser, "Selenium Manager cannot provide this driver");
        };
    }

    private static String portArgument(Browser browser) {
        return switch (browser) {
            case FIREFOX -> "--host 127.0.0.1 --port %d";
            case SAFARI -> "--port %d";
            default -> "--port=%d";
        };
    }

    private static Path createTempDir(Browser browser) {
        try {
            return Files.createTempDirectory("webaccel-" + browser.id() + "-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary profile directory: " + e.getMessage(), e);
        }
    }

    private Path logFile(Browser browser) {
        Path dir = settings.projectDir().resolve("target/webaccel/logs");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir.resolve(browser.id() + "-" + LocalDateTime.now().format(STAMP) + ".log");
    }
}

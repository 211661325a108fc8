package dev.webaccel.browser;

import dev.webaccel.config.Settings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Finds each engine's driver and binary, in this order: the explicit {@code -D} property, the PATH and
 * well-known locations, a driver the build fetched from Maven Central ({@code target/drivers/}), then
 * Selenium Manager when this machine is online. Otherwise it fails with the command that installs it.
 */
public final class DriverResolver {
    private final Settings settings;
    private final String pathVariable;
    private final Predicate<Path> executable;
    private final BooleanSupplier online;
    private final String osName;

    public DriverResolver(Settings settings, String pathVariable, Predicate<Path> executable, BooleanSupplier online,
                          String osName) {
        this.settings = settings;
        this.pathVariable = pathVariable == null ? "" : pathVariable;
        this.executable = executable;
        this.online = online;
        this.osName = osName.toLowerCase();
    }

    public static DriverResolver system(Settings settings) {
        MavenFetchedDrivers.makeExecutable(settings.projectDir());
        return new DriverResolver(settings, System.getenv("PATH"),
                p -> Files.isRegularFile(p) && Files.isExecutable(p), OnlineCheck::canReachDriverDownloads,
                System.getProperty("os.name", ""));
    }

    public boolean isInstalled(Browser browser) {
        try {
            resolve(browser);
            return true;
        } catch (BrowserUnavailableException e) {
            return false;
        }
    }

    public Installation resolve(Browser browser) {
        return switch (browser) {
            case CHROME -> resolve(browser, settings.chromeDriver(), "webdriver.chrome.driver", List.of("chromedriver"),
                    List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "/usr/local/bin/chromedriver"),
                    settings.chromeBinary(), "chrome.binary",
                    List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                            "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome",
                            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"),
                    "apt-get install -y chromium chromium-driver");
            case FIREFOX -> resolve(browser, settings.geckoDriver(), "webdriver.gecko.driver", List.of("geckodriver"),
                    List.of(settings.projectDir().resolve("target/drivers/geckodriver").toString(),
                            "/usr/local/bin/geckodriver", "/usr/bin/geckodriver"),
                    settings.firefoxBinary(), "firefox.binary",
                    List.of("/usr/bin/firefox-esr", "/usr/bin/firefox", "/usr/lib/firefox-esr/firefox-esr"),
                    "apt-get install -y firefox-esr mesa-vulkan-drivers (geckodriver comes from Maven Central: run mvn test-compile"
                            + " once, it lands in target/drivers/)");
            case WEBKIT -> resolveWebKit();
            case EDGE -> resolve(browser, Optional.empty(), "webdriver.edge.driver", List.of("msedgedriver"),
                    List.of("/usr/bin/msedgedriver"), Optional.empty(), "edge.binary",
                    List.of("/usr/bin/microsoft-edge", "/usr/bin/microsoft-edge-stable", "/opt/microsoft/msedge/msedge",
                            "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
                            "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
                    "Edge is not in Debian's archive: run the Edge leg on Windows (CI matrix) or point -Dgrid.url at a Grid"
                            + " with an Edge node");
            case SAFARI -> resolveSafari();
        };
    }

    private Installation resolveSafari() {
        if (!osName.contains("mac")) {
            throw new BrowserUnavailableException(Browser.SAFARI, "Safari and safaridriver exist only on macOS (this is "
                    + osName + "). Run the Safari leg on a macOS host (CI matrix) or a Grid with a Safari node;"
                    + " on Linux use -Dbrowser=webkit for Safari's engine");
        }
        Path driver = Path.of("/usr/bin/safaridriver");
        if (!executable.test(driver)) {
            throw new BrowserUnavailableException(Browser.SAFARI, "/usr/bin/safaridriver is missing");
        }
        return new Installation(Browser.SAFARI, Optional.of(driver), Optional.empty(), "/usr/bin/safaridriver");
    }

    private Installation resolveWebKit() {
        Installation base = resolve(Browser.WEBKIT, settings.webkitDriver(), "webdriver.webkit.driver",
                List.of("WebKitWebDriver"), List.of("/usr/bin/WebKitWebDriver"),
                settings.webkitBinary(), "webkit.binary",
                List.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                        "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
                        "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                        "/usr/libexec/webkit2gtk-4.1/MiniBrowser"),
                "apt-get install -y webkit2gtk-driver xvfb");
        if (base.binary().isEmpty()) {
            throw new BrowserUnavailableException(Browser.WEBKIT, "WebKitWebDriver is installed but MiniBrowser is not;"
                    + " install it with: apt-get install -y webkit2gtk-driver, or set -Dwebkit.binary=<MiniBrowser path>");
        }
        if (settings.headless() && findOnPath("Xvfb").isEmpty()) {
            throw new BrowserUnavailableException(Browser.WEBKIT, "WebKitGTK needs an X display and Xvfb is missing;"
                    + " install it with: apt-get install -y xvfb");
        }
        return base;
    }

    private Installation resolve(Browser browser, Optional<String> explicitDriver, String driverProperty,
                                 List<String> driverNames, List<String> driverLocations,
                                 Optional<String> explicitBinary, String binaryProperty, List<String> binaryLocations,
                                 String installCommand) {
        Optional<Path> binary = findBinary(browser, explicitBinary, binaryProperty, binaryLocations);
        if (explicitDriver.isPresent()) {
            Path driver = Path.of(explicitDriver.get());
            if (!executable.test(driver)) {
                throw new BrowserUnavailableException(browser, "-D" + driverProperty + "=" + driver
                        + " is not an executable file. Fix the path or drop the property to search PATH");
            }
            return new Installation(browser, Optional.of(driver), binary, "-D" + driverProperty);
        }
        for (String name : driverNames) {
            Optional<Path> onPath = findOnPath(name);
            if (onPath.isPresent()) {
                return requireBinary(browser, new Installation(browser, onPath, binary, "PATH"), installCommand);
            }
        }
        for (String location : driverLocations) {
            Path candidate = Path.of(location);
            if (executable.test(candidate)) {
                String source = candidate.startsWith(settings.projectDir()) ? "Maven Central (target/drivers)" : location;
                return requireBinary(browser, new Installation(browser, Optional.of(candidate), binary, source), installCommand);
            }
        }
        if (binary.isPresent() && online.getAsBoolean()) {
            return new Installation(browser, Optional.empty(), binary, "Selenium Manager");
        }
        throw new BrowserUnavailableException(browser, "no driver found (looked at -D" + driverProperty + ", PATH "
                + driverNames + ", " + driverLocations + (binary.isPresent() ? ", and Selenium Manager is offline"
                : ", and the browser itself is not installed") + "). To fix: " + installCommand);
    }

    private Installation requireBinary(Browser browser, Installation installation, String installCommand) {
        if (installation.binary().isEmpty() && browser != Browser.EDGE) {
            throw new BrowserUnavailableException(browser, "the driver is at " + installation.driver().orElseThrow()
                    + " but the browser itself is missing. To fix: " + installCommand);
        }
        return installation;
    }

    private Optional<Path> findBinary(Browser browser, Optional<String> explicit, String property, List<String> locations) {
        if (explicit.isPresent()) {
            Path path = Path.of(explicit.get());
            if (!executable.test(path)) {
                throw new BrowserUnavailableException(browser, "-D" + property + "=" + path + " is not an executable file");
            }
            return Optional.of(path);
        }
        return locations.stream().map(Path::of).filter(executable).findFirst();
    }

    private Optional<Path> findOnPath(String name) {
        List<Path> found = new ArrayList<>();
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, name);
                if (executable.test(candidate)) {
                    found.add(candidate);
                }
            }
        }
        return found.stream().findFirst();
    }
}

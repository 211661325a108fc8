package dev.webaccel.browser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a browser's driver and binary are.
 *
 * @param driver the driver executable, or empty when Selenium Manager is to fetch it (online only)
 * @param binary the browser executable, or empty to let the driver find it
 * @param driverSource how the driver was found, for logs and reports
 */
public record Installation(Browser browser, Optional<Path> driver, Optional<Path> binary, String driverSource) {
}

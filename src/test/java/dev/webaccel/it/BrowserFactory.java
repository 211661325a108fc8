package dev.webaccel.it;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSelection;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;

/** The engines chosen with -Dbrowser, as TestNG factory data. */
final class BrowserFactory {
    private BrowserFactory() {
    }

    static Object[][] selected() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        return BrowserSelection.parse(settings.browser(), resolver::isInstalled).browsers().stream()
                .map(b -> new Object[] {b}).toArray(Object[][]::new);
    }

    static Browser[] none() {
        return new Browser[0];
    }
}

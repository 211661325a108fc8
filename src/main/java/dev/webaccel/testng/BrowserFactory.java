package dev.webaccel.testng;

import dev.webaccel.browser.BrowserSelection;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;
import org.testng.annotations.DataProvider;

/** The engines chosen with -Dbrowser, as TestNG factory data: {@code @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)}. */
public final class BrowserFactory {
    private BrowserFactory() {
    }

    @DataProvider(name = "browsers")
    public static Object[][] selected() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        return BrowserSelection.parse(settings.browser(), resolver::isInstalled).browsers().stream()
                .map(b -> new Object[] {b}).toArray(Object[][]::new);
    }
}

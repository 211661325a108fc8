package dev.webaccel.testng;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSelection;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;
import java.util.Comparator;
import java.util.List;
import org.testng.annotations.DataProvider;

/** The engines chosen with -Dbrowser, as TestNG factory data: {@code @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)}. */
public final class BrowserFactory {
    private BrowserFactory() {
    }

    /**
     * Which engine {@link #one()} picks: Chromium (the engine whose WebGPU path the default suite exercises most), then
     * by what a session costs on the 2-core VM (start + tiny run + close, median of 5): WebKitGTK 2.2 s, Chromium
     * 3.6 s, Firefox 9.5 s.
     */
    static final List<Browser> PREFERENCE = List.of(Browser.CHROME, Browser.WEBKIT, Browser.FIREFOX, Browser.EDGE,
            Browser.SAFARI);

    @DataProvider(name = "browsers")
    public static Object[][] selected() {
        return selection().stream().map(b -> new Object[] {b}).toArray(Object[][]::new);
    }

    /**
     * One engine of the selection, for tests whose point is not per-engine and whose cost must stay small in the
     * default suite: the first installed one in {@link #PREFERENCE}, or the first selected when none is installed (so
     * the test skips naming it).
     */
    @DataProvider(name = "one")
    public static Object[][] one() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        List<Browser> selected = selection();
        return selected.stream().filter(resolver::isInstalled).min(Comparator.comparingInt(PREFERENCE::indexOf))
                .or(() -> selected.stream().findFirst()).stream()
                .map(b -> new Object[] {b}).toArray(Object[][]::new);
    }

    private static List<Browser> selection() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        return BrowserSelection.parse(settings.browser(), resolver::isInstalled).browsers();
    }
}

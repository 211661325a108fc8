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

    /** Engines by what a session costs here (start, tiny run, close), cheapest first; see {@link #cheapest()}. */
    static final List<Browser> BY_COST = List.of(Browser.CHROME, Browser.WEBKIT, Browser.FIREFOX, Browser.EDGE,
            Browser.SAFARI);

    @DataProvider(name = "browsers")
    public static Object[][] selected() {
        return selection().stream().map(b -> new Object[] {b}).toArray(Object[][]::new);
    }

    /**
     * One engine of the selection, for tests whose point is not per-engine and whose cost must stay small in the
     * default suite: the cheapest installed one ({@link #BY_COST}), or the first selected when none is installed (so
     * the test skips naming it).
     */
    @DataProvider(name = "cheapest")
    public static Object[][] cheapest() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        List<Browser> selected = selection();
        return selected.stream().filter(resolver::isInstalled).min(Comparator.comparingInt(BY_COST::indexOf))
                .or(() -> selected.stream().findFirst()).stream()
                .map(b -> new Object[] {b}).toArray(Object[][]::new);
    }

    private static List<Browser> selection() {
        Settings settings = Settings.fromEnvironment();
        DriverResolver resolver = DriverResolver.system(settings);
        return BrowserSelection.parse(settings.browser(), resolver::isInstalled).browsers();
    }
}

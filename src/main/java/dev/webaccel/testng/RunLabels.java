package dev.webaccel.testng;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import io.qameta.allure.Allure;

/** Puts browser, version and adapter on the current Allure test as labels and parameters. */
public final class RunLabels {
    private RunLabels() {
    }

    /** The test's browser, set before any page run (so also on a test that skips without one), for Allure's suites. */
    public static void browser(Browser browser) {
        Allure.label(NavigationLabels.BROWSER_LABEL, browser.id());
    }

    public static void apply(RunResult run) {
        Capabilities c = run.capabilities();
        Allure.label(NavigationLabels.BROWSER_LABEL, run.browser().id());
        Allure.label("browserVersion", run.browserVersion());
        Allure.label("adapter", c.adapterLabel());
        Allure.parameter("browser", run.browser().id() + " " + run.browserVersion());
        Allure.parameter("adapter", c.adapterLabel());
        Allure.parameter("timer resolution (ms)", c.timerResolutionMs());
    }
}

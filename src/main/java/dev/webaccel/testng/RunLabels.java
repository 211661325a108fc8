package dev.webaccel.testng;

import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import io.qameta.allure.Allure;

/** Puts browser, version and adapter on the current Allure test as labels and parameters. */
public final class RunLabels {
    private RunLabels() {
    }

    public static void apply(RunResult run) {
        Capabilities c = run.capabilities();
        Allure.label("browser", run.browser().id());
        Allure.label("browserVersion", run.browserVersion());
        Allure.label("adapter", c.adapterLabel());
        Allure.parameter("browser", run.browser().id() + " " + run.browserVersion());
        Allure.parameter("adapter", c.adapterLabel());
        Allure.parameter("timer resolution (ms)", c.timerResolutionMs());
    }
}

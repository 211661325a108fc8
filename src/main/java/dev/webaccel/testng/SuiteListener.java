package dev.webaccel.testng;

import dev.webaccel.browser.LiveProcesses;
import dev.webaccel.harness.SuiteContext;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.ITestContext;

/**
 * Opens a {@link SuiteContext} when a suite starts (held as a suite attribute, so tests of every browser instance
 * share it without static state) and at the end closes it (sinks write their files and the console summary, the
 * harness server stops) and stops any driver, browser or Xvfb process still alive. Registered through
 * META-INF/services.
 */
public final class SuiteListener implements ISuiteListener {
    static final String ATTRIBUTE = SuiteContext.class.getName();

    @Override
    public void onStart(ISuite suite) {
        suite.setAttribute(ATTRIBUTE, SuiteContext.discover());
    }

    @Override
    public void onFinish(ISuite suite) {
        Object context = suite.removeAttribute(ATTRIBUTE);
        try {
            if (context instanceof SuiteContext c) {
                c.close();
            }
        } finally {
            LiveProcesses.stopAll();
        }
    }

    /** The context of the suite a test runs in. */
    public static SuiteContext context(ITestContext test) {
        Object context = test.getSuite().getAttribute(ATTRIBUTE);
        if (!(context instanceof SuiteContext c)) {
            throw new IllegalStateException("no webaccel suite context: " + SuiteListener.class.getName()
                    + " is not registered (META-INF/services/org.testng.ITestNGListener)");
        }
        return c;
    }
}

package dev.webaccel.report;

import dev.webaccel.browser.LiveProcesses;
import dev.webaccel.harness.SharedHarness;
import org.testng.ISuite;
import org.testng.ISuiteListener;

/**
 * At the end of a suite: prints the summary tables, stops the shared harness server and any driver,
 * browser or Xvfb process still alive (a crashed or failed test must not leave one behind).
 * Registered in testng.xml and through META-INF/services.
 */
public final class SuiteCleanupListener implements ISuiteListener {
    private static volatile boolean finished;

    @Override
    public void onFinish(ISuite suite) {
        if (finished) {
            return;
        }
        finished = true;
        System.out.println(SuiteSummary.render());
        AllureEnvironment.write(SuiteSummary.runs());
        SharedHarness.close();
        LiveProcesses.stopAll();
    }
}

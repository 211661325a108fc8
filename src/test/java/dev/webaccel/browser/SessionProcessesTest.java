package dev.webaccel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/**
 * A session's processes on fake ones (running: alive and not a zombie): a killed driver leaves its browser
 * re-parented to init, and the session still stops it; a killed browser and a killed driver each read as the fault
 * they are.
 */
@Test(groups = "unit")
public class SessionProcessesTest {

    public void aKilledDriverIsNamedWithItsExitCodeAndItsOrphanedBrowserIsStillStopped() throws Exception {
        Process driver = FakeProcesses.driverWithBrowser();
        SessionProcesses tree = SessionProcesses.of(driver).rememberBrowser();
        List<ProcessHandle> started = tree.alive();
        assertThat(started).as("driver, browser and its helper").hasSize(3);
        assertThat(tree.fault()).isEmpty();

        driver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        ProcessHandle browser = tree.browsers().get(0);
        assertThat(ProcessTree.running(browser)).as("the browser outlives its killed driver").isTrue();
        assertThat(browser.parent().map(ProcessHandle::pid)).as("re-parented").isNotEqualTo(java.util.Optional.of(driver.pid()));
        assertThat(tree.fault()).contains(new SessionFault(SessionFault.Kind.DRIVER_EXITED,
                "bash pid " + driver.pid() + ", exit code 137"));

        tree.stopBrowser(Duration.ofSeconds(2));

        assertThat(started).as("every process of the session after stopBrowser").noneMatch(ProcessTree::running);
    }

    public void aKilledBrowserIsNamedWhileTheDriverLives() throws Exception {
        Process driver = FakeProcesses.driverWithBrowser();
        SessionProcesses tree = SessionProcesses.of(driver).rememberBrowser();
        List<ProcessHandle> started = tree.alive();
        ProcessHandle browser = tree.browsers().get(0);
        try {
            ProcessTree.destroy(browser, Duration.ofSeconds(2));

            assertThat(tree.fault()).contains(new SessionFault(SessionFault.Kind.BROWSER_EXITED,
                    "bash pid " + browser.pid()));
        } finally {
            tree.stopBrowser(Duration.ofSeconds(2));
            LiveProcesses.stop(driver.toHandle(), Duration.ofSeconds(2));
        }
        assertThat(started).noneMatch(ProcessTree::running);
    }

    public void theSuiteEndReaperStopsABrowserWhoseDriverWasKilled() throws Exception {
        Process driver = FakeProcesses.driverWithBrowser();
        SessionProcesses tree = SessionProcesses.of(driver).rememberBrowser();
        List<ProcessHandle> started = tree.alive();
        driver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        LiveProcesses.stopAll();

        assertThat(started).as("nothing of the session is left after LiveProcesses.stopAll()")
                .noneMatch(ProcessTree::running);
    }
}

package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.browser.ProcessTree;
import dev.webaccel.channel.WaitTimeoutException;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.Harness;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.Plan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * A browser that dies mid-run makes the run fail fast with a message that says what was awaited and
 * what arrived last, and closing the session leaves no driver, browser or Xvfb process behind.
 */
@Test(groups = "browser")
public class SessionLifecycleIT extends BrowserTestBase {

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public SessionLifecycleIT(Browser browser) {
        super(browser);
    }


    public void crashedBrowserFailsTheRunClearlyAndLeavesNoProcess() throws Exception {
        Settings shortRuns = Settings.from(System.getenv(),
                key -> key.equals("run.timeout.s") ? "30" : System.getProperty(key));
        BrowserSession session = session();
        List<ProcessHandle> started = session.processes();
        assertThat(started).as("processes started for " + browser).isNotEmpty();
        try (Harness harness = Harness.start(shortRuns)) {
            Plan plan = Plan.of(shortRuns, List.of(MatMulCases.of("matmul_naive", 256, 256, 256, 9)));
            Harness.PendingRun pending = harness.open(session, plan);
            for (ProcessHandle root : session.processes()) {
                if (isBrowser(root)) {
                    ProcessTree.destroy(root, Duration.ofSeconds(5));
                }
            }
            assertThatThrownBy(() -> harness.await(pending))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("to send 'done'").hasMessageContaining("(" + browser.id() + ")");
        } finally {
            closeSession();
        }
        for (ProcessHandle p : started) {
            p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(p.isAlive()).as("process %d (%s) after close", p.pid(), p.info().command().orElse("?")).isFalse();
        }
    }

    private static boolean isBrowser(ProcessHandle p) {
        String command = p.info().command().orElse("");
        return Map.of(Browser.CHROME, "chrom", Browser.FIREFOX, "firefox", Browser.WEBKIT, "MiniBrowser").values().stream()
                .anyMatch(name -> command.contains(name) && !command.contains("driver") && !command.contains("WebDriver"));
    }
}

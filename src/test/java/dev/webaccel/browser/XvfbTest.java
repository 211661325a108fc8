package dev.webaccel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testng.annotations.Test;

/** Xvfb that is missing, exits at once or never reports its display: each a named error, nothing left running. */
@Test(groups = "unit")
public class XvfbTest {
    private static final String UNAVAILABLE = "WebKitGTK (Safari's engine on Linux) is not available: ";

    public void aMissingXvfbNamesTheInstallCommand() throws Exception {
        Path log = Files.createTempFile("xvfb", ".log");
        int before = LiveProcesses.count();

        assertThatThrownBy(() -> Xvfb.start("/nonexistent/Xvfb", log, Duration.ofSeconds(2)))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessage(UNAVAILABLE + "WebKitGTK needs an X display and /nonexistent/Xvfb cannot be started"
                        + " (Cannot run program \"/nonexistent/Xvfb\": error=2, No such file or directory);"
                        + " install it with: apt-get install -y xvfb");
        assertThat(LiveProcesses.count()).isEqualTo(before);
    }

    public void anXvfbThatExitsAtOnceSaysSoWithItsExitCode() throws Exception {
        Path dir = Files.createTempDirectory("xvfb");
        Path log = dir.resolve("driver.log");
        Path fake = FakeProcesses.script(dir, "Xvfb", "echo 'no screens found' >&2; exit 3");
        int before = LiveProcesses.count();

        assertThatThrownBy(() -> Xvfb.start(fake.toString(), log, Duration.ofSeconds(5)))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessage(UNAVAILABLE + fake + " exited with code 3 without reporting a display number; its output is"
                        + " in " + log + ". Check that it runs (install it with: apt-get install -y xvfb)");
        assertThat(Files.readString(log)).contains("no screens found");
        assertThat(LiveProcesses.count()).isEqualTo(before);
    }

    public void anXvfbThatNeverReportsADisplayIsStoppedAfterTheWait() throws Exception {
        Path dir = Files.createTempDirectory("xvfb");
        Path log = dir.resolve("driver.log");
        Path pidFile = dir.resolve("pid");
        Path fake = FakeProcesses.script(dir, "Xvfb", "echo $$ > " + pidFile + "; exec sleep 600");

        assertThatThrownBy(() -> Xvfb.start(fake.toString(), log, Duration.ofSeconds(1)))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessage(UNAVAILABLE + fake + " reported no display within 1 s and was stopped; its output is in "
                        + log);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the silent Xvfb, pid " + pid).isEmpty();
    }
}

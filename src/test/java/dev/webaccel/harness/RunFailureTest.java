package dev.webaccel.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.testng.annotations.Test;

/** The words of each run fault: what happened, what was kept, what webaccel did, what to do. */
@Test(groups = "unit")
public class RunFailureTest {
    private static final String LOG = "target/webaccel/logs/chrome-1.log";

    private static RunFailure failure(RunFault fault, String where, String detail, List<String> open) {
        return new RunFailure(fault, "r1", "chrome", where, detail, List.of("add-64: ok"), open, 15, LOG);
    }

    public void aTimeoutSaysWhereThePageWasStuckAndHowToGiveItMoreTime() {
        assertThat(failure(RunFault.TIMED_OUT, "in case 'loop'", "", List.of("loop", "after")).message())
                .isEqualTo("Run r1 in chrome failed: it timed out, no 'done' within 15 s (-Drun.timeout.s), in case"
                        + " 'loop'. Kept 1 finished case(s) in the results (add-64: ok); not finished: loop, after."
                        + " webaccel stopped the stuck browser; the next run starts a new one. If the case is only"
                        + " slow, raise -Drun.timeout.s; if it never ends (an endless loop in a script or shader), fix"
                        + " the case. Driver log: " + LOG);
    }

    public void aKilledDriverIsNamedWithWhatWebaccelDid() {
        assertThat(failure(RunFault.DRIVER_EXITED, "in case 'b'", "chromedriver pid 7, exit code 137", List.of("b"))
                .message())
                .isEqualTo("Run r1 in chrome failed: its WebDriver server exited (chromedriver pid 7, exit code 137)"
                        + " in case 'b'. Kept 1 finished case(s) in the results (add-64: ok); not finished: b. Without"
                        + " it the browser cannot be controlled, so webaccel stopped the browser; the next run starts a"
                        + " new session. If something on this machine stops processes (a clean-up job, the OOM"
                        + " killer), keep it away from the driver. Driver log: " + LOG);
    }

    public void aBrowserThatExitedPointsAtItsLog() {
        assertThat(failure(RunFault.BROWSER_EXITED, "after its last case", "chromium pid 9", List.of()).message())
                .isEqualTo("Run r1 in chrome failed: the browser exited (chromium pid 9) after its last case. Kept 1"
                        + " finished case(s) in the results (add-64: ok). webaccel stopped what was left of it; the"
                        + " next run starts a new browser. If it crashed, see the driver log " + LOG + "; if memory"
                        + " ran out, run one engine at a time (-Dbrowser=chrome)");
    }

    public void aLostChannelGivesItsCloseReason() {
        RunFailure lost = new RunFailure(RunFault.CHANNEL_LOST, "r1", "firefox", "before the page reported its"
                + " capabilities", "1001 going away", List.of(), List.of("a", "b", "c", "d", "e", "f", "g"), 15, LOG);
        assertThat(lost.message())
                .isEqualTo("Run r1 in firefox failed: the page closed its result channel (1001 going away) and did not"
                        + " reconnect within 8 s, before the page reported its capabilities. No case finished; not"
                        + " finished: a, b, c, d, e and 2 more. webaccel stopped the browser; the next run starts a new"
                        + " one. The page console and the driver log say why the page left: " + LOG);
    }
}

package dev.webaccel.harness;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a {@link RunFailedException}: what happened, what was kept, what webaccel did and what to do.
 *
 * @param where where the page was, e.g. "in case 'matmul-naive-64x64x64'" or "before the page connected"
 * @param detail the process that exited, or the channel's close reason; empty for a timeout
 * @param finished "case-id: status" of every case whose result arrived, in plan order
 * @param unfinished ids of the cases without a result, in plan order
 */
public record RunFailure(RunFault fault, String runId, String browser, String where, String detail,
                         List<String> finished, List<String> unfinished, long timeoutS, String log) {
    private static final int LISTED = 5;

    public RunFailure {
        finished = List.copyOf(finished);
        unfinished = List.copyOf(unfinished);
    }

    public String message() {
        return "Run " + runId + " in " + browser + " failed: " + problem() + ". " + kept() + ". " + fix();
    }

    private String problem() {
        return switch (fault) {
            case TIMED_OUT -> "it timed out, no 'done' within " + timeoutS + " s (-Drun.timeout.s), " + where;
            case CHANNEL_LOST -> "the page closed its result channel (" + detail + ") and did not reconnect within "
                    + Harness.RECONNECT_GRACE.toSeconds() + " s, " + where;
            case BROWSER_EXITED -> "the browser exited (" + detail + ") " + where;
            case DRIVER_EXITED -> "its WebDriver server exited (" + detail + ") " + where;
        };
    }

    private String kept() {
        String done = finished.isEmpty() ? "No case finished"
                : "Kept " + finished.size() + " finished case(s) in the results (" + listed(finished) + ")";
        return unfinished.isEmpty() ? done : done + "; not finished: " + listed(unfinished);
    }

    private String fix() {
        return switch (fault) {
            case TIMED_OUT -> "webaccel stopped the stuck browser; the next run starts a new one. If the case is only"
                    + " slow, raise -Drun.timeout.s; if it never ends (an endless loop in a script or shader), fix the"
                    + " case. Driver log: " + log;
            case CHANNEL_LOST -> "webaccel stopped the browser; the next run starts a new one. The page console and the"
                    + " driver log say why the page left: " + log;
            case BROWSER_EXITED -> "webaccel stopped what was left of it; the next run starts a new browser. If it"
                    + " crashed, see the driver log " + log + "; if memory ran out, run one engine at a time"
                    + " (-Dbrowser=" + browser + ")";
            case DRIVER_EXITED -> "Without it the browser cannot be controlled, so webaccel stopped the browser; the next"
                    + " run starts a new session. If something on this machine stops processes (a clean-up job, the"
                    + " OOM killer), keep it away from the driver. Driver log: " + log;
        };
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}

package dev.webaccel.soak;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process seen in a soak session's tree while the session was live, with its command as it was then (a process
 * that has exited, or been re-parented away, may no longer say).
 *
 * @param session the session's index (1-based)
 */
public record SessionProcess(ProcessHandle handle, int session, String command) {

    static SessionProcess of(ProcessHandle handle, int session) {
        String command = handle.info().commandLine().or(() -> handle.info().command()).orElse("?");
        return new SessionProcess(handle, session, command.length() > 160 ? command.substring(0, 160) + "..." : command);
    }

    /** Those of {@code seen} still alive once each has had until {@code graceMs} after this call to exit. */
    static List<SessionProcess> survivors(List<SessionProcess> seen, long graceMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMs);
        for (SessionProcess p : seen) {
            try {
                p.handle().onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception stillAlive) {
                // counted below
            }
        }
        return seen.stream().filter(p -> p.handle().isAlive()).toList();
    }

    @Override
    public String toString() {
        return handle.pid() + " (session " + session + ": " + command + ")";
    }
}

package dev.webaccel.browser;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every driver, browser and Xvfb process webaccel started and has not stopped yet (a browser is registered too,
 * because it outlives a driver that was killed). Closing a session removes its
 * processes; {@link #stopAll} (suite end, JVM shutdown) stops whatever a crashed test left behind.
 */
public final class LiveProcesses {
    private static final Logger LOG = LoggerFactory.getLogger(LiveProcesses.class);
    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveProcesses::stopAll, "webaccel-process-reaper"));
    }

    private LiveProcesses() {
    }

    static void register(ProcessHandle process) {
        LIVE.add(process);
    }

    static void stop(ProcessHandle process) {
        stop(process, Duration.ofSeconds(5));
    }

    /** Stops the process and its descendants, waiting up to {@code grace} before killing them. */
    static void stop(ProcessHandle process, Duration grace) {
        ProcessTree.destroy(process, grace);
        LIVE.remove(process);
    }

    public static int count() {
        LIVE.removeIf(p -> !p.isAlive());
        return LIVE.size();
    }

    public static void stopAll() {
        for (ProcessHandle p : Set.copyOf(LIVE)) {
            LOG.warn("stopping leftover process {} ({})", p.pid(), p.info().command().orElse("?"));
            stop(p);
        }
    }
}

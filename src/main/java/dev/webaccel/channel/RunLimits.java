package dev.webaccel.channel;

/**
 * What one run may keep, so a page that floods, logs megabytes or compresses a huge message into a small frame
 * cannot exhaust the JVM. Beyond a limit messages are dropped and counted, with one refusal saying which limit.
 *
 * @param maxMessages messages kept per run (a sample per timed operation: a long benchmark sends thousands)
 * @param maxKeptChars characters of JSON kept per run, over all its messages
 * @param maxLogLines console lines kept per run; later ones are counted, not kept
 * @param maxRejections refusal reasons kept per run; later ones are counted
 * @param loggedRejections refusals per run written to the log; later ones are only counted
 * @param maxReconnects times a page may reconnect to its run after losing the channel
 */
public record RunLimits(int maxMessages, long maxKeptChars, int maxLogLines, int maxRejections, int loggedRejections,
                        int maxReconnects) {
    public static final RunLimits DEFAULT = new RunLimits(500_000, 512L * 1024 * 1024, 10_000, 1_000, 20, 5);

    public RunLimits {
        if (maxMessages < 1 || maxKeptChars < 1 || maxLogLines < 0 || maxRejections < 0 || loggedRejections < 0
                || maxReconnects < 0) {
            throw new IllegalArgumentException("run limits must be positive: " + this);
        }
    }
}

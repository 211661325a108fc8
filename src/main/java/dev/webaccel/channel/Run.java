package dev.webaccel.channel;

import dev.webaccel.protocol.CapabilitiesReport;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.Done;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.Message;
import dev.webaccel.protocol.PageError;
import dev.webaccel.protocol.Sample;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser page's run: its secret token, the plan it is sent, the binary inputs and files it may fetch, and
 * every message that arrived for it. Thread-safe: the WebSocket thread appends, the test thread reads.
 */
public final class Run {
    private final String id;
    private final String token;
    private final String planJson;
    private final Map<String, byte[]> blobs;
    private final Map<String, Path> files;
    private final RunLimits limits;
    private final List<Message> messages = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private long keptChars;
    private int logLines;
    private long dropped;
    private long refused;
    private long highestSeq;
    private int connections;
    private volatile boolean live;
    private volatile boolean finished;
    private volatile Instant doneAt;
    private volatile Instant lostAt;
    private volatile String disconnectReason;
    private volatile Runnable sever = () -> { };

    Run(String id, String token, String planJson, Map<String, byte[]> blobs, Map<String, Path> files, RunLimits limits) {
        this.id = id;
        this.token = token;
        this.planJson = planJson;
        this.blobs = new ConcurrentHashMap<>(blobs);
        this.files = Map.copyOf(files);
        this.limits = limits;
    }

    RunLimits limits() {
        return limits;
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    public String planJson() {
        return planJson;
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
    public boolean tokenMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<byte[]> blob(String name) {
        return Optional.ofNullable(blobs.get(name));
    }

    /** A file the plan registered under {@code name} (model weights, served in ranges); never a path from a request. */
    public Optional<Path> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /**
     * A page connects (or reconnects after losing the channel).
     *
     * @return the connection's number, 1 for the first
     * @throws ConnectionRefused naming why
     */
    synchronized int attach() {
        if (live) {
            // Retryable: after a network fault the page may come back before the server has seen the old socket close.
            throw new ConnectionRefused("run " + id + " already has a page connected", true);
        }
        if (finished) {
            throw new ConnectionRefused("run " + id + " has finished and takes no new connection");
        }
        if (connections > limits.maxReconnects()) {
            throw new ConnectionRefused("run " + id + " reconnected " + limits.maxReconnects() + " times already, the limit");
        }
        connections++;
        live = true;
        lostAt = null;
        return connections;
    }

    void severWith(Runnable action) {
        this.sever = action;
    }

    /**
     * Fault injection: drops the page's socket without a close handshake, as a network fault would. The page
     * reconnects and resends what the server lacks.
     */
    public void severChannel() {
        Runnable action;
        synchronized (this) {
            action = sever;
            if (live) {
                live = false;
                lostAt = Instant.now();
                disconnectReason = "severed by the server (fault injection)";
            }
        }
        action.run();
    }

    /** Whether the page has connected at least once. */
    public synchronized boolean connected() {
        return connections > 0;
    }

    /** Times the page reconnected after losing its channel. */
    public synchronized int reconnects() {
        return Math.max(0, connections - 1);
    }

    /** Connection {@code connection} closed; a late close of a connection already replaced changes nothing. */
    synchronized void disconnected(int connection, String reason) {
        if (connection != connections) {
            return;
        }
        this.disconnectReason = reason;
        if (live) {
            live = false;
            lostAt = Instant.now();
        }
    }

    /** Since when the page has been without a channel; empty while connected, before it connects, or once finished. */
    public Optional<Instant> lostSince() {
        return finished ? Optional.empty() : Optional.ofNullable(lostAt);
    }

    /** When the run's {@code done} arrived, or empty before it has. */
    public Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    public Optional<String> disconnectReason() {
        return Optional.ofNullable(disconnectReason);
    }

    /** The highest message number received, which a reconnecting page resends after. */
    synchronized long highestSeq() {
        return highestSeq;
    }

    /**
     * Keeps {@code message} unless it repeats one already received ({@code seq} at or below the highest) or a limit
     * is reached.
     *
     * @param seq the page's number for the message, or 0 when it sent none
     * @param chars its size as received, counted against {@link RunLimits#maxKeptChars()}
     * @return why it was not kept, or empty when it was kept or was a repeat
     */
    synchronized Optional<String> accept(Message message, long seq, int chars) {
        if (seq > 0) {
            if (seq <= highestSeq) {
                return Optional.empty();
            }
            highestSeq = seq;
        }
        String over = messages.size() >= limits.maxMessages() ? "its " + limits.maxMessages() + " messages"
                : keptChars + chars > limits.maxKeptChars() ? "its " + (limits.maxKeptChars() % (1 << 20) == 0
                        ? limits.maxKeptChars() / (1 << 20) + " MiB" : limits.maxKeptChars() + " chars") + " of messages"
                : message instanceof LogLine && logLines >= limits.maxLogLines() ? "its " + limits.maxLogLines() + " log lines"
                : null;
        if (over != null) {
            dropped++;
            return Optional.of("run " + id + " has reached " + over + "; a " + message.getClass().getSimpleName()
                    + " was dropped (" + dropped + " so far)");
        }
        if (message instanceof LogLine) {
            logLines++;
        }
        if (message instanceof Done) {
            finished = true;
            doneAt = Instant.now();
        }
        keptChars += chars;
        messages.add(message);
        return Optional.empty();
    }

    /** @return whether this refusal is among the first {@link RunLimits#loggedRejections()}, to be logged */
    synchronized boolean reject(String reason, String caseId) {
        refused++;
        if (rejections.size() < limits.maxRejections()) {
            rejections.add(new Rejection(reason, caseId));
        }
        return refused <= limits.loggedRejections();
    }

    /** Messages refused or dropped so far, beyond those whose reasons are kept. */
    public synchronized long refusedCount() {
        return refused;
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The reasons of the refused messages (the first {@link RunLimits#maxRejections()}). */
    public synchronized List<String> rejections() {
        return rejections.stream().map(Rejection::reason).toList();
    }

    /** Why the first refused message that named {@code caseId} was refused. */
    public synchronized Optional<Rejection> rejectionFor(String caseId) {
        return rejections.stream().filter(r -> caseId.equals(r.caseId())).findFirst();
    }

    public <T extends Message> List<T> messagesOf(Class<T> type) {
        return messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<CapabilitiesReport> capabilities() {
        return messagesOf(CapabilitiesReport.class).stream().findFirst();
    }

    public Optional<Done> done() {
        return messagesOf(Done.class).stream().findFirst();
    }

    public List<CaseResult> caseResults() {
        return messagesOf(CaseResult.class);
    }

    public List<PageError> errors() {
        return messagesOf(PageError.class);
    }

    /** What arrived last, for timeout messages. */
    public synchronized String lastSeen() {
        if (messages.isEmpty()) {
            return connected() ? "connected, but no message yet" : "the page never connected to the result channel"
                    + (disconnectReason == null ? "" : " (" + disconnectReason + ")");
        }
        Message last = messages.get(messages.size() - 1);
        String detail = last instanceof CaseResult r ? " " + r.caseId() + " " + r.status()
                : last instanceof Sample s ? " (" + s.phase() + " " + s.index() + " of case " + s.caseId() + ")"
                : last instanceof PageError e ? " " + e.kind() + ": " + e.message() : "";
        return messages.size() + " message(s)" + (reconnects() == 0 ? "" : " over " + (reconnects() + 1) + " connections")
                + ", last a " + last.getClass().getSimpleName() + detail
                + (disconnectReason == null ? "" : "; channel closed: " + disconnectReason);
    }
}

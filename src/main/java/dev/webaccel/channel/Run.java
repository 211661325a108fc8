package dev.webaccel.channel;

import dev.webaccel.protocol.CapabilitiesReport;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.Done;
import dev.webaccel.protocol.Message;
import dev.webaccel.protocol.PageError;
import dev.webaccel.protocol.Sample;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    private final List<Message> messages = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private volatile boolean connected;
    private volatile String disconnectReason;

    Run(String id, String token, String planJson, Map<String, byte[]> blobs, Map<String, Path> files) {
        this.id = id;
        this.token = token;
        this.planJson = planJson;
        this.blobs = new ConcurrentHashMap<>(blobs);
        this.files = Map.copyOf(files);
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

    synchronized boolean markConnected() {
        if (connected) {
            return false;
        }
        connected = true;
        return true;
    }

    public boolean connected() {
        return connected;
    }

    void disconnected(String reason) {
        this.disconnectReason = reason;
    }

    public Optional<String> disconnectReason() {
        return Optional.ofNullable(disconnectReason);
    }

    synchronized void accept(Message message) {
        messages.add(message);
    }

    synchronized void reject(String reason) {
        rejections.add(reason);
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
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
            return connected ? "connected, but no message yet" : "the page never connected to the result channel"
                    + (disconnectReason == null ? "" : " (" + disconnectReason + ")");
        }
        Message last = messages.get(messages.size() - 1);
        String detail = last instanceof CaseResult r ? " " + r.caseId() + " " + r.status()
                : last instanceof Sample s ? " (" + s.phase() + " " + s.index() + " of case " + s.caseId() + ")"
                : last instanceof PageError e ? " " + e.kind() + ": " + e.message() : "";
        return messages.size() + " message(s), last a " + last.getClass().getSimpleName() + detail
                + (disconnectReason == null ? "" : "; channel closed: " + disconnectReason);
    }
}

package dev.webaccel.server;

import dev.webaccel.channel.Run;
import dev.webaccel.channel.Waiter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Plays a harness page on the result channel of a {@link HarnessServer}: a {@code java.net.http} WebSocket on
 * {@code /ws?<query>} that records every text frame the server sends and how the connection ended, and sends
 * whatever a test wants (well-formed messages from the builders below, or anything hostile).
 *
 * <p>Every wait is bounded (5 s unless stated), so a test that expects something that never comes fails instead of
 * hanging. Close it (try-with-resources) when done.
 */
public final class FakePage implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Sending a message of tens of megabytes takes longer than a handshake. */
    private static final Duration SEND_WAIT = Duration.ofSeconds(30);
    /** The most chars {@link #send} hands to one JDK {@code sendText} call (see there). */
    public static final int ONE_CALL_LIMIT = 1 << 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** How the server ended the connection: the close frame's status and reason, or an error in its place. */
    public record Closed(int status, String reason) {
        static final int ERROR = -1;
    }

    private final Recorder recorder = new Recorder();
    private final WebSocket socket;

    private FakePage(URI uri, Map<String, String> headers) throws Exception {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, recorder).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Connects as the page of {@code run}, with its id and token. */
    public static FakePage connect(HarnessServer server, Run run) throws Exception {
        return connect(server, "run=" + run.id() + "&token=" + run.token());
    }

    /** Connects to {@code /ws?<rawQuery>} exactly as given (an empty query sends none). */
    public static FakePage connect(HarnessServer server, String rawQuery) throws Exception {
        return connect(server, rawQuery, Map.of());
    }

    /** As {@link #connect(HarnessServer, String)}, adding request headers to the upgrade (e.g. Origin). */
    public static FakePage connect(HarnessServer server, String rawQuery, Map<String, String> headers) throws Exception {
        String query = rawQuery.isEmpty() ? "" : "?" + rawQuery;
        return new FakePage(URI.create("ws://127.0.0.1:" + server.port() + "/ws" + query), headers);
    }

    /** Connects as the page of {@code run} and waits for the plan, the server's first frame. */
    public static FakePage connectAndAwaitPlan(HarnessServer server, Run run) throws Exception {
        FakePage page = connect(server, run);
        page.awaitTexts(1);
        return page;
    }

    /** Opens {@code count} connections to {@code /ws?<rawQuery>} (an attacker's crowd); the caller closes them. */
    public static List<FakePage> connectMany(HarnessServer server, int count, String rawQuery) throws Exception {
        List<FakePage> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(connect(server, rawQuery));
        }
        return pages;
    }

    // ---- runs and the messages a well-behaved page sends (protocol v1) ----

    /** Registers a run on {@code server} whose plan is {@code {"type":"plan","run":"<id>"}}. */
    public static Run newRun(HarnessServer server) {
        return newRun(server, Map.of(), Map.of());
    }

    /** As {@link #newRun(HarnessServer)}, with blobs and files the run's page may fetch. */
    public static Run newRun(HarnessServer server, Map<String, byte[]> blobs, Map<String, Path> files) {
        return server.runs().create(id -> "{\"type\":\"plan\",\"run\":\"" + id + "\"}", blobs, files);
    }

    /**
     * Plays a whole legitimate run on {@code server}: a new run, its page connects, receives the plan and sends
     * hello + done; returns the run once done is accepted, with the page closed.
     */
    public static Run playLegitimateRun(HarnessServer server) throws Exception {
        Run run = newRun(server);
        try (FakePage page = connectAndAwaitPlan(server, run)) {
            page.finishRun(run);
        }
        return run;
    }


    public static String hello(String runId) {
        return "{\"v\":1,\"type\":\"hello\",\"run\":\"" + runId + "\",\"userAgent\":\"fake-page\"}";
    }

    public static String done(String runId, int casesRun) {
        return "{\"v\":1,\"type\":\"done\",\"run\":\"" + runId + "\",\"casesRun\":" + casesRun + "}";
    }

    /** A log line; {@code text} is inserted verbatim between quotes, so it must already be JSON-safe. */
    public static String log(String runId, String text) {
        return "{\"v\":1,\"type\":\"log\",\"run\":\"" + runId + "\",\"level\":\"info\",\"text\":\"" + text + "\"}";
    }

    // ---- sending ----

    /**
     * Sends one text message and waits until it is written. The JDK client frames a long message in 16 KiB frames
     * by itself; a message over {@link #ONE_CALL_LIMIT} chars is handed to it in parts of that size (the same frames
     * on the wire), because the JDK 17 client garbles the frames of a single {@code sendText} call beyond 32 MiB
     * (after 2048 frames of 16 KiB it writes frame headers with reserved bits and unknown opcodes, or stalls),
     * which a server rightly closes with 1002.
     */
    public FakePage send(String text) throws Exception {
        if (text.length() > ONE_CALL_LIMIT) {
            return sendFragmented(text, (text.length() + ONE_CALL_LIMIT - 1) / ONE_CALL_LIMIT);
        }
        socket.sendText(text, true).get(SEND_WAIT.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** Sends each message in order, each written before the next starts. */
    public FakePage sendAll(List<String> texts) throws Exception {
        for (String text : texts) {
            send(text);
        }
        return this;
    }

    /**
     * Sends one text message in {@code parts} calls of about equal length (a first frame and continuation frames),
     * never splitting a surrogate pair.
     */
    public FakePage sendFragmented(String text, int parts) throws Exception {
        int size = Math.max(1, (text.length() + parts - 1) / parts);
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            socket.sendText(text.substring(start, end), end == text.length()).get(SEND_WAIT.toSeconds(), TimeUnit.SECONDS);
            start = end;
        }
        return this;
    }

    /** Sends one binary message. */
    public FakePage sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(SEND_WAIT.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** Sends a frame the server may close the socket on before it is fully written (a frame over its limit). */
    public FakePage sendBinaryTheServerMayCutOff(byte[] bytes) throws Exception {
        try {
            sendBinary(bytes);
        } catch (java.util.concurrent.ExecutionException e) {
            // The server read the header, saw the length and closed: what the caller asserts next.
        }
        return this;
    }

    /**
     * What a legitimate page of {@code run} ends with: hello, then done with 0 cases; returns once the server
     * has accepted the done (messages of one socket are handled in order, so everything sent before is handled too).
     */
    public FakePage finishRun(Run run) throws Exception {
        send(hello(run.id()));
        send(done(run.id(), 0));
        awaitDone(run);
        return this;
    }

    /** Waits until {@code run} has accepted a done message. */
    public static void awaitDone(Run run) {
        Waiter.system().until("run " + run.id() + " to accept 'done'", WAIT,
                () -> run.done().map(d -> true), run::lastSeen);
    }

    /** Waits until {@code run} holds at least {@code count} accepted messages. */
    public static void awaitMessages(Run run, int count, Duration timeout) {
        Waiter.system().until(count + " messages on run " + run.id(), timeout,
                () -> run.messages().size() >= count ? Optional.of(true) : Optional.empty(), run::lastSeen);
    }

    /** Waits until the server has seen the page of {@code run} go; returns what it recorded. */
    public static String awaitDisconnect(Run run) {
        return Waiter.system().until("run " + run.id() + " to record its page's disconnection", WAIT,
                run::disconnectReason, run::lastSeen);
    }

    /** Waits until {@code run} holds at least {@code count} rejections. */
    public static void awaitRejections(Run run, int count) {
        Waiter.system().until(count + " rejections on run " + run.id(), WAIT,
                () -> run.rejections().size() >= count ? Optional.of(true) : Optional.empty(),
                () -> run.rejections().toString());
    }

    // ---- what came back ----

    /** Every text frame received so far, in order. */
    public List<String> texts() {
        return recorder.texts();
    }

    /** Waits until at least {@code count} text frames arrived; returns them all. */
    public List<String> awaitTexts(int count) {
        return Waiter.system().until(count + " text frame(s) from the server", WAIT,
                () -> texts().size() >= count ? Optional.of(texts()) : Optional.empty(),
                () -> texts() + ", closed: " + recorder.closed.getNow(null));
    }

    /** Waits for the server to close the connection (or for the connection to fail). */
    public Closed awaitClose() throws Exception {
        return recorder.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** How the connection ended, if it has. */
    public Optional<Closed> closed() {
        return Optional.ofNullable(recorder.closed.getNow(null));
    }

    /** Sends a normal close (if the connection is still open) and drops the connection. */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    /** Records frames; asks for the next one each time, so the server is never held back by the client. */
    private static final class Recorder implements WebSocket.Listener {
        private final List<String> texts = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<Closed> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            synchronized (this) {
                partial.append(data);
                if (last) {
                    texts.add(partial.toString());
                    partial.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(new Closed(status, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(new Closed(Closed.ERROR, String.valueOf(error)));
        }

        synchronized List<String> texts() {
            return List.copyOf(texts);
        }
    }
}

package dev.webaccel.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.Done;
import dev.webaccel.protocol.Hello;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.server.HarnessServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Forged, malformed and wrongly-tokened traffic against the running server is refused with a reason,
 * while a well-behaved page (played here by a Java WebSocket client) completes its run untouched.
 */
@Test(groups = "unit")
public class RunChannelTest {
    /** Small, so the tests reach every limit quickly. */
    static final RunLimits LIMITS = new RunLimits(1_000, 60_000, 20, 30, 5, 2);

    private HarnessServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeClass
    public void start() throws IOException {
        Path project = Files.createTempDirectory("webaccel-channel-test");
        Files.createDirectories(project.resolve("web-assets"));
        Files.createDirectories(project.resolve("wgsl"));
        server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec(4096), LIMITS);
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Collects what the server sends and how the connection ended. */
    private static final class Listener implements WebSocket.Listener {
        final CompletableFuture<String> firstText = new CompletableFuture<>();
        final List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            firstText.complete(data.toString());
            texts.add(data.toString());
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete("error " + error);
        }
    }

    private WebSocket connect(String query, Listener listener) throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/ws?" + query);
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, listener).get(5, TimeUnit.SECONDS);
    }

    private static void send(WebSocket ws, String text) throws Exception {
        ws.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    public void forgedAndMalformedTrafficIsRefusedWhileTheRealRunCompletes() throws Exception {
        Run real = server.runs().create(id -> "{\"type\":\"plan\",\"run\":\"" + id + "\"}", Map.of());
        Run other = server.runs().create(id -> "{\"type\":\"plan\",\"run\":\"" + id + "\"}", Map.of());

        Listener page = new Listener();
        WebSocket pageSocket = connect("run=" + real.id() + "&token=" + real.token(), page);
        assertThat(page.firstText.get(5, TimeUnit.SECONDS)).contains(real.id());

        Listener wrongToken = new Listener();
        connect("run=" + real.id() + "&token=not-the-token", wrongToken);
        assertThat(wrongToken.closed.get(5, TimeUnit.SECONDS)).startsWith("1008").contains("wrong token");

        Listener unknownRun = new Listener();
        connect("run=deadbeef&token=x", unknownRun);
        assertThat(unknownRun.closed.get(5, TimeUnit.SECONDS)).contains("unknown run id 'deadbeef'");

        Listener secondPage = new Listener();
        connect("run=" + real.id() + "&token=" + real.token(), secondPage);
        assertThat(secondPage.closed.get(5, TimeUnit.SECONDS)).contains("already has a page connected");

        // A page of the other run tries to write into the real run: refused on its own run, real run untouched.
        Listener otherPage = new Listener();
        WebSocket otherSocket = connect("run=" + other.id() + "&token=" + other.token(), otherPage);
        otherPage.firstText.get(5, TimeUnit.SECONDS);
        send(otherSocket, "{\"v\":1,\"type\":\"done\",\"run\":\"" + real.id() + "\",\"casesRun\":99}");

        send(pageSocket, "{\"v\":1,\"type\":\"hello\",\"run\":\"" + real.id() + "\",\"userAgent\":\"java\"}");
        send(pageSocket, "this is not json");
        send(pageSocket, "{\"v\":7,\"type\":\"hello\",\"run\":\"" + real.id() + "\"}");
        send(pageSocket, "{\"v\":1,\"type\":\"verdict\",\"run\":\"" + real.id() + "\"}");
        send(pageSocket, "{\"v\":1,\"type\":\"log\",\"run\":\"" + real.id() + "\",\"text\":\"" + "x".repeat(5000) + "\"}");
        send(pageSocket, "{\"v\":1,\"type\":\"done\",\"run\":\"" + real.id() + "\",\"casesRun\":0}");

        Waiter.system().until("the real run's done", Duration.ofSeconds(5),
                () -> real.done().isPresent() ? Optional.of(true) : Optional.empty(), real::lastSeen);
        Waiter.system().until("the other run's rejection", Duration.ofSeconds(5),
                () -> other.rejections().isEmpty() ? Optional.empty() : Optional.of(true), other::lastSeen);

        assertThat(real.messages()).containsExactly(new Hello(real.id(), "java"), new Done(real.id(), 0));
        assertThat(real.rejections()).hasSize(4);
        assertThat(String.join("\n", real.rejections()))
                .contains("not valid JSON")
                .contains("unsupported protocol version 7")
                .contains("unknown message type 'verdict'")
                .contains("exceeds the limit of 4096");
        assertThat(other.messages()).isEmpty();
        assertThat(other.rejections()).singleElement().asString()
                .contains("claims run '" + real.id() + "' but arrived on run " + other.id());
        List.of(pageSocket, otherSocket).forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }

    private Run newRun() {
        return server.runs().create(id -> "{\"type\":\"plan\",\"run\":\"" + id + "\"}", Map.of());
    }

    /** Connects as {@code run}'s page and waits for the plan. */
    private WebSocket openPage(Run run, Listener page) throws Exception {
        WebSocket socket = connect("run=" + run.id() + "&token=" + run.token(), page);
        page.firstText.get(5, TimeUnit.SECONDS);
        return socket;
    }

    private static String hello(Run run, int seq) {
        return "{\"v\":1,\"type\":\"hello\",\"run\":\"" + run.id() + "\",\"seq\":" + seq + ",\"userAgent\":\"java\"}";
    }

    private static String done(Run run, int seq) {
        return "{\"v\":1,\"type\":\"done\",\"run\":\"" + run.id() + "\",\"seq\":" + seq + ",\"casesRun\":0}";
    }

    private static void awaitDone(Run run) {
        Waiter.system().until("run " + run.id() + "'s done", Duration.ofSeconds(5),
                () -> run.done().isPresent() ? Optional.of(true) : Optional.empty(), run::lastSeen);
    }

    public void capabilitiesWithoutARunCostOneMessageNotTheChannel() throws Exception {
        Run run = newRun();
        Listener page = new Listener();
        WebSocket socket = openPage(run, page);
        String capabilities = dev.webaccel.protocol.ProtocolCodecTest.capabilitiesJson(run.id());
        send(socket, capabilities.replace("\"run\":\"" + run.id() + "\",", ""));
        send(socket, capabilities.replace("\"" + run.id() + "\"", "null"));
        send(socket, hello(run, 1));
        send(socket, done(run, 2));
        awaitDone(run);
        assertThat(page.closed).isNotDone();
        assertThat(run.messages()).containsExactly(new Hello(run.id(), "java"), new Done(run.id(), 0));
        assertThat(run.rejections()).hasSize(2).allSatisfy(r -> assertThat(r).contains("field 'run' is missing or empty"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    public void forgedLogLinesAreEscapedAndFloodsAreBounded() throws Exception {
        Run run = newRun();
        Listener page = new Listener();
        WebSocket socket = openPage(run, page);
        send(socket, "{\"v\":1,\"type\":\"hello\",\"run\":\"x\\r\\n[main] INFO forged\",\"userAgent\":\"u\"}");
        for (int i = 0; i < 40; i++) {
            send(socket, "{\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":\"line " + i + "\"}");
        }
        send(socket, "{\"v\":1,\"type\":\"log\",\"run\":\"" + run.id() + "\",\"text\":\"" + "y".repeat(3_900) + "\"}");
        socket.sendBinary(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), true).get(5, TimeUnit.SECONDS);
        send(socket, hello(run, 1));
        send(socket, done(run, 2));
        awaitDone(run);
        assertThat(run.rejections().get(0)).as("CR/LF of a page field are escaped, not written")
                .contains("claims run 'x\\r\\n[main] INFO forged'").doesNotContain("\n");
        assertThat(run.messagesOf(dev.webaccel.protocol.LogLine.class)).hasSize(LIMITS.maxLogLines());
        assertThat(String.join("\n", run.rejections()))
                .contains("has reached its 20 log lines; a LogLine was dropped")
                .contains("binary frame of 3 bytes refused: the protocol is JSON text");
        assertThat(run.refusedCount()).isEqualTo(1 + 20 + 1 + 1);
        assertThat(run.messagesOf(Hello.class)).hasSize(1);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    public void aRunKeepsNoMoreThanItsCharacterBudget() throws Exception {
        Run run = newRun();
        Listener page = new Listener();
        WebSocket socket = openPage(run, page);
        String error = "{\"v\":1,\"type\":\"error\",\"run\":\"" + run.id() + "\",\"kind\":\"k\",\"message\":\""
                + "e".repeat(3_900) + "\"}";
        for (int i = 0; i < 20; i++) {
            send(socket, error);
        }
        send(socket, done(run, 1));
        Waiter.system().until("the budget refusals", Duration.ofSeconds(5),
                () -> run.refusedCount() >= 5 ? Optional.of(true) : Optional.empty(), run::lastSeen);
        assertThat(run.errors()).hasSizeLessThanOrEqualTo((int) (LIMITS.maxKeptChars() / 3_900));
        assertThat(run.rejections()).last().asString().contains("has reached its 60000 chars of messages");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    public void aPageThatLostItsChannelReconnectsAndResendsOnlyWhatWasLost() throws Exception {
        Run run = newRun();
        Listener first = new Listener();
        WebSocket socket = connect("run=" + run.id() + "&token=" + run.token(), first);
        assertThat(first.firstText.get(5, TimeUnit.SECONDS)).contains("\"plan\"");
        send(socket, hello(run, 1));
        Waiter.system().until("the hello", Duration.ofSeconds(5),
                () -> run.messages().isEmpty() ? Optional.empty() : Optional.of(true), run::lastSeen);
        socket.abort();
        Waiter.system().until("the lost channel", Duration.ofSeconds(5),
                () -> run.lostSince().isPresent() ? Optional.of(true) : Optional.empty(), run::lastSeen);

        Listener second = new Listener();
        WebSocket again = connect("run=" + run.id() + "&token=" + run.token(), second);
        assertThat(second.firstText.get(5, TimeUnit.SECONDS))
                .isEqualTo("{\"type\":\"resume\",\"run\":\"" + run.id() + "\",\"received\":1}");
        send(again, hello(run, 1));
        send(again, done(run, 2));
        awaitDone(run);
        assertThat(run.messages()).as("the resent hello is a repeat, kept once")
                .containsExactly(new Hello(run.id(), "java"), new Done(run.id(), 0));
        assertThat(run.reconnects()).isEqualTo(1);
        assertThat(run.lostSince()).isEmpty();
        assertThat(run.rejections()).isEmpty();

        Listener late = new Listener();
        again.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        Waiter.system().until("the close", Duration.ofSeconds(5),
                () -> run.disconnectReason().isPresent() ? Optional.of(true) : Optional.empty(), run::lastSeen);
        connect("run=" + run.id() + "&token=" + run.token(), late);
        assertThat(late.closed.get(5, TimeUnit.SECONDS)).contains("has finished and takes no new connection");
    }

    public void reconnectsAreLimited() throws Exception {
        Run run = newRun();
        for (int i = 0; i <= LIMITS.maxReconnects(); i++) {
            Listener page = new Listener();
            connect("run=" + run.id() + "&token=" + run.token(), page).abort();
            int connection = i + 1;
            Waiter.system().until("loss " + connection, Duration.ofSeconds(5),
                    () -> run.lostSince().isPresent() && run.reconnects() == connection - 1 ? Optional.of(true) : Optional.empty(),
                    run::lastSeen);
        }
        Listener refused = new Listener();
        connect("run=" + run.id() + "&token=" + run.token(), refused);
        assertThat(refused.closed.get(5, TimeUnit.SECONDS)).contains("reconnected 2 times already, the limit");
    }
}

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
    private HarnessServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeClass
    public void start() throws IOException {
        Path project = Files.createTempDirectory("webaccel-channel-test");
        Files.createDirectories(project.resolve("web-assets"));
        Files.createDirectories(project.resolve("wgsl"));
        server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec(4096));
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
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            firstText.complete(data.toString());
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
}

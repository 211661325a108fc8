package dev.webaccel.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A Java WebSocket client playing one page of a run, as the browser would: it connects with the run's token, waits
 * for the plan, then sends {@code hello}, {@code samples} timed samples of its own case (indexes 0..samples-1) and
 * {@code done}, every message numbered ({@code seq} 1, 2, ...), each send chained after the previous one (the JDK
 * client allows one at a time), and closes.
 */
final class PlayedPage {
    private final HttpClient http;
    private final URI server;

    /** @param server the server's base, {@code ws://127.0.0.1:<port>/} */
    PlayedPage(HttpClient http, URI server) {
        this.http = http;
        this.server = server;
    }

    /** Plays the page of {@code run}; returns how long it took from connecting to its last send. */
    Duration play(Run run, String caseId, int samples) throws Exception {
        long started = System.nanoTime();
        CompletableFuture<String> plan = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(server.resolve("ws?run=" + run.id() + "&token=" + run.token()), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        plan.complete(data.toString());
                        ws.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        plan.get(5, TimeUnit.SECONDS);
        String head = "{\"v\":1,\"run\":\"" + run.id() + "\",\"seq\":";
        int seq = 1;
        CompletableFuture<WebSocket> sent = send(CompletableFuture.completedFuture(socket),
                head + seq++ + ",\"type\":\"hello\",\"userAgent\":\"played page\"}");
        for (int i = 0; i < samples; i++) {
            sent = send(sent, head + seq++ + ",\"type\":\"sample\",\"caseId\":\"" + caseId + "\",\"phase\":\"timed\","
                    + "\"index\":" + i + ",\"wallMs\":0.0125,\"gpuMs\":null,\"ops\":1,\"method\":\"played by a Java client\"}");
        }
        send(sent, head + seq + ",\"type\":\"done\",\"casesRun\":1}").get(60, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        return took;
    }

    /** The next send, started when the previous one has completed (the JDK client allows one at a time). */
    private static CompletableFuture<WebSocket> send(CompletableFuture<WebSocket> previous, String text) {
        return previous.thenCompose(ws -> ws.sendText(text, true));
    }
}

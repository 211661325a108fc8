package dev.webaccel.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.channel.Run;
import dev.webaccel.protocol.ProtocolCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class HarnessServerTest {
    private Path project;
    private HarnessServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeClass
    public void start() throws IOException {
        project = Files.createTempDirectory("webaccel-server-test");
        Files.createDirectories(project.resolve("web-assets/js"));
        Files.createDirectories(project.resolve("wgsl"));
        Files.writeString(project.resolve("web-assets/index.html"), "<p>hi</p>");
        Files.writeString(project.resolve("web-assets/js/a.js"), "export const a = 1;");
        Files.write(project.resolve("web-assets/k.wasm"), new byte[] {0, 97, 115, 109});
        Files.writeString(project.resolve("wgsl/matmul.wgsl"), "// kernel");
        Files.writeString(project.resolve("secret.txt"), "outside the roots");
        server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec());
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as written, bypassing URI normalisation of the HTTP client. */
    private String rawGet(String path) throws IOException {
        return rawRequest(path, "Host: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n");
    }

    private String rawRequest(String path, String headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            for (int b; !head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n") && (b = in.read()) != -1; ) {
                head.write(b);
            }
            String text = head.toString(StandardCharsets.UTF_8);
            // A 101 keeps the socket open and a refused upgrade keeps it alive: read only the announced body.
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
            return text + (length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8)
                    : text.startsWith("HTTP/1.1 101") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private String upgrade(String query, String extraHeaders) throws IOException {
        return rawRequest("/ws?" + query, "Host: 127.0.0.1:" + server.port() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + extraHeaders);
    }

    public void upgradesLeaveNoHttpSessionAndNegotiateNoCompression() throws Exception {
        Run run = server.runs().create(id -> "{}", Map.of());
        String accepted = upgrade("run=" + run.id() + "&token=" + run.token(),
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");
        assertThat(accepted).startsWith("HTTP/1.1 101").doesNotContainIgnoringCase("Set-Cookie")
                .doesNotContainIgnoringCase("permessage-deflate");
        for (int i = 0; i < 20; i++) {
            assertThat(upgrade("run=nope&token=x", "")).doesNotContainIgnoringCase("Set-Cookie");
        }
    }

    public void aMalformedEscapeInTheQueryIsA400WithoutStackTrace() throws Exception {
        // Javalin sends a refused upgrade's status without the body; the reason is in the log.
        assertThat(upgrade("run=%zz&token=%", "")).startsWith("HTTP/1.1 400").doesNotContain("at org.")
                .doesNotContain("at io.javalin");
        assertThat(rawGet("/index.html?x=%G1")).startsWith("HTTP/1.1 400")
                .endsWith("the query has a malformed %-escape: x=%G1").doesNotContain("at org.");
    }

    public void foreignHostsAndOriginsAreRefusedOnEveryRoute() throws Exception {
        Run run = server.runs().create(id -> "{}", Map.of("case.a", new byte[] {1}));
        String own = "Host: 127.0.0.1:" + server.port() + "\r\n";
        String blob = "/runs/" + run.id() + "/blobs/case.a";
        String token = HarnessServer.TOKEN_HEADER + ": " + run.token() + "\r\n";
        assertThat(rawRequest("/index.html", "Host: attacker.example:" + server.port() + "\r\nConnection: close\r\n"))
                .startsWith("HTTP/1.1 403").contains("Host 'attacker.example:" + server.port() + "' is not this server");
        assertThat(rawRequest("/index.html", "Connection: close\r\n")).startsWith("HTTP/1.1 4");
        assertThat(rawRequest("/index.html", "Host: localhost:" + server.port() + "\r\nConnection: close\r\n"))
                .startsWith("HTTP/1.1 200");
        assertThat(rawRequest(blob, own + token + "Origin: http://attacker.example\r\nConnection: close\r\n"))
                .startsWith("HTTP/1.1 403").contains("Origin 'http://attacker.example' is not the harness's own");
        assertThat(rawRequest(blob, own + token + "Origin: null\r\nConnection: close\r\n")).startsWith("HTTP/1.1 403");
        assertThat(rawRequest(blob, own + token + "Origin: http://127.0.0.1:" + server.port() + "\r\nConnection: close\r\n"))
                .startsWith("HTTP/1.1 200");
        assertThat(upgrade("run=" + run.id() + "&token=" + run.token(), "Origin: http://attacker.example\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(run.connected()).as("a refused upgrade does not use up the run's connection").isFalse();
        assertThat(upgrade("run=" + run.id() + "&token=" + run.token(), "Origin: http://127.0.0.1:" + server.port() + "\r\n"))
                .startsWith("HTTP/1.1 101");
    }

    public void aWidenedBindIsSaidLoudly() {
        assertThat(RequestGuard.exposureWarning("127.0.0.1", 8080)).isEmpty();
        assertThat(RequestGuard.exposureWarning("localhost", 8080)).isEmpty();
        assertThat(RequestGuard.exposureWarning("0.0.0.0", 8080)).hasValueSatisfying(w -> assertThat(w)
                .startsWith("SECURITY: the harness server is bound to 0.0.0.0").contains("Use -Dserver.host=127.0.0.1"));
    }

    public void bindsLoopbackOnAFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    }

    public void servesBothRootsWithTheirMimeTypesAndIsolationHeaders() throws Exception {
        HttpResponse<String> page = get("/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Cross-Origin-Embedder-Policy")).contains("require-corp");
        assertThat(get("/js/a.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(get("/k.wasm").headers().firstValue("Content-Type")).contains("application/wasm");
        HttpResponse<String> shader = get("/wgsl/matmul.wgsl");
        assertThat(shader.statusCode()).isEqualTo(200);
        assertThat(shader.body()).isEqualTo("// kernel");
    }

    public void noDirectoryListings() throws Exception {
        assertThat(get("/js/").statusCode()).isEqualTo(404);
        assertThat(get("/wgsl/").statusCode()).isEqualTo(404);
    }

    public void traversalNeverLeavesTheRoots() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/wgsl/../../secret.txt", "/%2e%2e/secret.txt",
                "/wgsl/%2e%2e/%2e%2e/secret.txt", "/js/..%2f..%2fsecret.txt", "/..%5csecret.txt",
                "/wgsl/..%252f..%252fsecret.txt", "/js/%2E%2E/%2E%2E/secret.txt", "/secret.txt"}) {
            String response = rawGet(path);
            // Jetty itself answers 400 to paths that climb above the URL root, before any handler runs;
            // everything else that reaches StaticRoot gets 404. Either way nothing outside the roots is served.
            assertThat(response).as(path).matches("(?s)HTTP/1\\.1 (404|400) .*").doesNotContain("outside the roots");
        }
    }

    public void blobsNeedTheRunToken() throws Exception {
        Run run = server.runs().create(id -> "{}", Map.of("case.a", new byte[] {1, 2, 3, 4}));
        URI uri = server.baseUri().resolve("runs/" + run.id() + "/blobs/case.a");
        HttpResponse<byte[]> ok = http.send(HttpRequest.newBuilder(uri).header(HarnessServer.TOKEN_HEADER, run.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).containsExactly(1, 2, 3, 4);
        HttpResponse<byte[]> forged = http.send(HttpRequest.newBuilder(uri).header(HarnessServer.TOKEN_HEADER, "guess").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);
    }
}

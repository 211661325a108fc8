package dev.webaccel.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.channel.Run;
import dev.webaccel.protocol.ProtocolCodec;
import java.io.IOException;
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
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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

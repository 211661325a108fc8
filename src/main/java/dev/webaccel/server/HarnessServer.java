package dev.webaccel.server;

import dev.webaccel.channel.Run;
import dev.webaccel.channel.RunChannel;
import dev.webaccel.channel.RunLimits;
import dev.webaccel.channel.RunRegistry;
import dev.webaccel.protocol.Printable;
import dev.webaccel.protocol.ProtocolCodec;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded web server pages load from: {@code web-assets/} at {@code /}, {@code wgsl/} at
 * {@code /wgsl/}, run inputs at {@code /runs/<id>/blobs/<name>}, a run's model files (in byte ranges) at
 * {@code /runs/<id>/files/<name>} and the result channel at {@code /ws}.
 * Every response is cross-origin isolating (COOP/COEP), so pages get fine timers and SharedArrayBuffer.
 */
public final class HarnessServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarnessServer.class);
    public static final String TOKEN_HEADER = "X-Webaccel-Token";

    private final Javalin app;
    private final RunRegistry registry;
    private final String host;

    private HarnessServer(Javalin app, RunRegistry registry, String host) {
        this.app = app;
        this.registry = registry;
        this.host = host;
    }

    /**
     * Starts a server bound to {@code host:port} (port 0 picks a free one).
     *
     * @throws ServerBindException when it cannot listen there (port taken, address not of this machine)
     * @param projectDir the directory holding {@code web-assets/} and {@code wgsl/}
     */
    public static HarnessServer start(Path projectDir, String host, int port, ProtocolCodec codec) {
        return start(projectDir, host, port, codec, RunLimits.DEFAULT);
    }

    /** @param limits what one run may keep (tests pass small ones) */
    public static HarnessServer start(Path projectDir, String host, int port, ProtocolCodec codec, RunLimits limits) {
        List<StaticRoot> roots = List.of(
                new StaticRoot("/wgsl/", projectDir.resolve("wgsl")),
                new StaticRoot("/", projectDir.resolve("web-assets")));
        RunRegistry registry = new RunRegistry(limits);
        RunChannel channel = new RunChannel(registry, codec);
        AtomicInteger boundPort = new AtomicInteger(port);
        RequestGuard guard = new RequestGuard(host, boundPort::get);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.generateEtags = false;
            // Let encoded or dotted paths reach StaticRoot, which answers 404 instead of Jetty's 400.
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.UNSAFE));
            config.jetty.modifyServletContextHandler(NoHttpSessions::install);
            config.jetty.modifyWebSocketServletFactory(ws -> {
                // Jetty counts UTF-8 bytes, the codec characters: up to 3 bytes each, so the codec decides, with a reason.
                ws.setMaxTextMessageSize(codec.maxChars() * 3L);
                ws.setIdleTimeout(java.time.Duration.ofMinutes(10));
                // Compression would let 59 KB on the wire become 60 MB in memory; loopback needs none.
                ws.getAvailableExtensionNames().remove("permessage-deflate");
            });
            config.routes.before(ctx -> {
                isolationHeaders(ctx);
                guard.check(ctx);
            });
            config.routes.wsBeforeUpgrade(guard::check);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).result(e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed: {}", Printable.quote(ctx.req().getRequestURI()), Printable.quote(e.toString()));
                ctx.status(500).result("internal error: " + e.getClass().getSimpleName());
            });
            config.routes.ws("/ws", channel::configure);
            config.routes.get("/runs/{run}/blobs/{name}", ctx -> serveBlob(ctx, registry));
            config.routes.get("/runs/{run}/files/{name}", ctx -> serveFile(ctx, registry));
            config.routes.get("/", ctx -> ctx.redirect("/index.html"));
            config.routes.get("/*", ctx -> serveStatic(ctx, roots));
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw ServerBindException.of(host, port, e);
        }
        boundPort.set(app.port());
        RequestGuard.exposureWarning(host, app.port()).ifPresent(LOG::warn);
        LOG.info("harness server listening on http://{}:{}/", host, app.port());
        return new HarnessServer(app, registry, host);
    }

    private static void isolationHeaders(Context ctx) {
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Embedder-Policy", "require-corp");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    private static void serveStatic(Context ctx, List<StaticRoot> roots) throws IOException {
        String rawPath = ctx.req().getRequestURI();
        for (StaticRoot root : roots) {
            if (rawPath.startsWith(root.prefix())) {
                Optional<Path> file = root.resolve(rawPath);
                if (file.isPresent()) {
                    ctx.contentType(StaticRoot.contentType(file.get()));
                    try (InputStream in = Files.newInputStream(file.get())) {
                        ctx.result(in.readAllBytes());
                    }
                    return;
                }
                break;
            }
        }
        ctx.status(404).result("Not found");
    }

    private static void serveBlob(Context ctx, RunRegistry registry) {
        Optional<Run> run = registry.find(ctx.pathParam("run"));
        if (run.isEmpty() || !run.get().tokenMatches(ctx.header(TOKEN_HEADER))) {
            ctx.status(404).result("Not found");
            return;
        }
        Optional<byte[]> blob = run.get().blob(ctx.pathParam("name"));
        if (blob.isEmpty()) {
            ctx.status(404).result("Not found");
            return;
        }
        ctx.contentType("application/octet-stream").result(blob.get());
    }

    private static void serveFile(Context ctx, RunRegistry registry) throws IOException {
        Optional<Run> run = registry.find(ctx.pathParam("run"));
        if (run.isEmpty() || !run.get().tokenMatches(ctx.header(TOKEN_HEADER))) {
            ctx.status(404).result("Not found");
            return;
        }
        Optional<Path> file = run.get().file(ctx.pathParam("name"));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            ctx.status(404).result("Not found");
            return;
        }
        RangedFiles.serve(ctx, file.get());
    }

    public RunRegistry runs() {
        return registry;
    }

    public int port() {
        return app.port();
    }

    public URI baseUri() {
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The URL a browser opens for {@code run}. */
    public URI pageUri(Run run) {
        return baseUri().resolve("index.html?run=" + run.id() + "&token=" + run.token());
    }

    @Override
    public void close() {
        app.stop();
    }
}

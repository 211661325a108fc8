package dev.webaccel.server;

import dev.webaccel.protocol.Printable;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every request, the WebSocket upgrade included, before any handler: the {@code Host} must name this server
 * (so a DNS-rebinding page cannot reach a loopback server under another name), an {@code Origin}, when the browser
 * sends one, must be the harness's own, and the query must decode. A refusal is a short 400/403 naming the problem,
 * never a stack trace.
 */
final class RequestGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    /** Refusals logged one by one; later ones every thousandth, so a flood cannot fill the log. */
    private static final int LOGGED_REFUSALS = 20;

    private final AtomicLong refusals = new AtomicLong();
    private final boolean loopback;
    private final IntSupplier port;

    RequestGuard(String bindHost, IntSupplier port) {
        this.loopback = isLoopback(bindHost);
        this.port = port;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** What a non-loopback bind exposes, said loudly at start; empty for loopback. */
    static Optional<String> exposureWarning(String host, int port) {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        return Optional.of("SECURITY: the harness server is bound to " + host + ", reachable from other "
                + "machines: anyone who can reach port " + port + " can load the harness page and its shaders, and "
                + "with a run's token its inputs and weights; Host names are not checked on a widened bind. "
                + "Use -Dserver.host=127.0.0.1 unless browsers on other machines (Grid nodes) must connect.");
    }

    void check(Context ctx) {
        try {
            checkHeadersAndQuery(ctx);
        } catch (HttpResponseException e) {
            long n = refusals.incrementAndGet();
            if (n <= LOGGED_REFUSALS || n % 1000 == 0) {
                LOG.warn("refused request {} {} ({} refused so far): {}", ctx.method(),
                        Printable.quote(ctx.req().getRequestURI()), n, e.getMessage());
            }
            throw e;
        }
    }

    private void checkHeadersAndQuery(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && (host == null || !loopbackHosts().contains(host.toLowerCase()))) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(), "Host '" + Printable.quote(host)
                    + "' is not this server; it answers as 127.0.0.1:" + port.getAsInt() + " or localhost:" + port.getAsInt());
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(), "Origin '" + Printable.quote(origin)
                    + "' is not the harness's own (http://" + Printable.quote(host) + ")");
        }
        String query = ctx.req().getQueryString();
        if (query != null) {
            try {
                URLDecoder.decode(query, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(),
                        "the query has a malformed %-escape: " + Printable.quote(query));
            }
        }
    }

    private Set<String> loopbackHosts() {
        int p = port.getAsInt();
        return Set.of("127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p);
    }
}

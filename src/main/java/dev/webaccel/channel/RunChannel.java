package dev.webaccel.channel;

import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.Message;
import dev.webaccel.protocol.PageError;
import dev.webaccel.protocol.Printable;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.protocol.ProtocolException;
import dev.webaccel.protocol.Received;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket endpoint pages report to. A connection names its run and token once, in the upgrade
 * query; a wrong token or unknown run closes it. Each message is decoded and checked; refused ones
 * are logged with the reason (page text escaped and clipped) and recorded on the run they came in on, and never
 * reach another run. Nothing a page sends closes the channel: a message that cannot be read is refused, alone.
 * A page that loses its channel may reconnect with its token; it is told the last message number received and
 * resends the rest.
 */
public final class RunChannel {
    private static final Logger LOG = LoggerFactory.getLogger(RunChannel.class);
    private static final String RUN_ATTRIBUTE = "webaccel.run";
    private static final String CONNECTION_ATTRIBUTE = "webaccel.connection";

    private final RunRegistry registry;
    private final ProtocolCodec codec;

    public RunChannel(RunRegistry registry, ProtocolCodec codec) {
        this.registry = registry;
        this.codec = codec;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            String runId;
            String token;
            try {
                runId = ctx.queryParam("run");
                token = ctx.queryParam("token");
            } catch (RuntimeException e) {
                refuse(ctx, "the upgrade query cannot be decoded (" + e.getClass().getSimpleName() + ")");
                return;
            }
            Optional<Run> run = registry.find(runId);
            if (run.isEmpty()) {
                refuse(ctx, "unknown run id '" + Printable.quote(runId) + "'");
                return;
            }
            if (!run.get().tokenMatches(token)) {
                refuse(ctx, "wrong token for run " + run.get().id());
                return;
            }
            int connection;
            try {
                connection = run.get().attach();
            } catch (ConnectionRefused e) {
                if (e.retryable()) {
                    LOG.warn("refused a result-channel connection for now: {}", e.getMessage());
                    ctx.closeSession(WsCloseStatus.TRY_AGAIN_LATER, e.getMessage());
                } else {
                    refuse(ctx, e.getMessage());
                }
                return;
            }
            ctx.attribute(RUN_ATTRIBUTE, run.get());
            ctx.attribute(CONNECTION_ATTRIBUTE, connection);
            run.get().severWith(ctx.session::disconnect);
            ctx.enableAutomaticPings();
            if (connection == 1) {
                ctx.send(run.get().planJson());
            } else {
                LOG.info("run {}: the page reconnected (connection {}), resending after message {}", run.get().id(),
                        connection, run.get().highestSeq());
                ctx.send(resume(run.get()));
            }
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            Run run = ctx.attribute(RUN_ATTRIBUTE);
            if (run != null) {
                refused(run, "binary frame of " + ctx.data().remaining() + " bytes refused: the protocol is JSON text", null);
            }
        });
        ws.onClose(ctx -> {
            Run run = ctx.attribute(RUN_ATTRIBUTE);
            if (run != null) {
                run.disconnected(ctx.attribute(CONNECTION_ATTRIBUTE), "closed with status " + ctx.status()
                        + (ctx.reason() == null ? "" : " " + Printable.quote(ctx.reason())));
            }
        });
        ws.onError(ctx -> {
            Run run = ctx.attribute(RUN_ATTRIBUTE);
            String reason = ctx.error() == null ? "unknown error" : Printable.quote(ctx.error().toString());
            LOG.warn("result channel error{}: {}", run == null ? "" : " on run " + run.id(), reason);
            if (run != null) {
                run.disconnected(ctx.attribute(CONNECTION_ATTRIBUTE), reason);
            }
        });
    }

    private String resume(Run run) {
        Map<String, Object> resume = new LinkedHashMap<>();
        resume.put("type", "resume");
        resume.put("run", run.id());
        resume.put("received", run.highestSeq());
        return codec.encode(resume);
    }

    private void receive(WsContext ctx, String text) {
        Run run = ctx.attribute(RUN_ATTRIBUTE);
        if (run == null) {
            return;
        }
        try {
            Received received = codec.read(text);
            Message message = received.message();
            if (!message.run().equals(run.id())) {
                throw new ProtocolException("message claims run '" + Printable.quote(message.run())
                        + "' but arrived on run " + run.id());
            }
            Optional<String> dropped = run.accept(message, received.seq(), text.length());
            if (dropped.isPresent()) {
                refused(run, dropped.get(), null);
                return;
            }
            log(run, message);
        } catch (ProtocolException e) {
            refused(run, e.getMessage(), e.caseId().orElse(null));
        } catch (RuntimeException e) {
            // A bug of ours must cost this one message, never the channel and the run.
            refused(run, "message could not be handled: " + Printable.quote(String.valueOf(e)), null);
        }
    }

    private static void refused(Run run, String reason, String caseId) {
        if (run.reject(reason, caseId)) {
            LOG.warn("refused a message on run {}: {}", run.id(), reason);
        } else if (run.refusedCount() == run.limits().loggedRejections() + 1L) {
            LOG.warn("run {}: further refused messages are counted, not logged", run.id());
        }
    }

    private static void log(Run run, Message message) {
        if (message instanceof LogLine line) {
            LOG.debug("[page {}] {}: {}", run.id(), Printable.quote(line.level()), Printable.clip(line.text(), 2_000));
        } else if (message instanceof PageError error) {
            LOG.warn("[page {}] {} error{}: {}", run.id(), Printable.quote(error.kind()),
                    error.caseId() == null ? "" : " in case " + Printable.quote(error.caseId()),
                    Printable.clip(error.message(), 2_000));
        }
    }

    private static void refuse(WsContext ctx, String reason) {
        LOG.warn("refused a result-channel connection: {}", reason);
        ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, reason);
    }
}

package dev.webaccel.channel;

import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.Message;
import dev.webaccel.protocol.PageError;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.protocol.ProtocolException;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket endpoint pages report to. A connection names its run and token once, in the upgrade
 * query; a wrong token or unknown run closes it. Each message is decoded and checked; refused ones
 * are logged with the reason and recorded on the run they came in on, and never reach another run.
 */
public final class RunChannel {
    private static final Logger LOG = LoggerFactory.getLogger(RunChannel.class);
    private static final String RUN_ATTRIBUTE = "webaccel.run";

    private final RunRegistry registry;
    private final ProtocolCodec codec;

    public RunChannel(RunRegistry registry, ProtocolCodec codec) {
        this.registry = registry;
        this.codec = codec;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Optional<Run> run = registry.find(ctx.queryParam("run"));
            if (run.isEmpty()) {
                refuse(ctx, "unknown run id '" + ctx.queryParam("run") + "'");
                return;
            }
            if (!run.get().tokenMatches(ctx.queryParam("token"))) {
                refuse(ctx, "wrong token for run " + run.get().id());
                return;
            }
            if (!run.get().markConnected()) {
                refuse(ctx, "run " + run.get().id() + " already has a page connected");
                return;
            }
            ctx.attribute(RUN_ATTRIBUTE, run.get());
            ctx.enableAutomaticPings();
            ctx.send(run.get().planJson());
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onClose(ctx -> {
            Run run = ctx.attribute(RUN_ATTRIBUTE);
            if (run != null) {
                run.disconnected("closed with status " + ctx.status() + (ctx.reason() == null ? "" : " " + ctx.reason()));
            }
        });
        ws.onError(ctx -> {
            Run run = ctx.attribute(RUN_ATTRIBUTE);
            String reason = ctx.error() == null ? "unknown error" : ctx.error().toString();
            LOG.warn("result channel error{}: {}", run == null ? "" : " on run " + run.id(), reason);
            if (run != null) {
                run.disconnected(reason);
            }
        });
    }

    private void receive(WsContext ctx, String text) {
        Run run = ctx.attribute(RUN_ATTRIBUTE);
        if (run == null) {
            return;
        }
        try {
            Message message = codec.decode(text);
            if (!message.run().equals(run.id())) {
                throw new ProtocolException("message claims run '" + message.run() + "' but arrived on run " + run.id());
            }
            log(run, message);
            run.accept(message);
        } catch (ProtocolException e) {
            LOG.warn("refused a message on run {}: {}", run.id(), e.getMessage());
            run.reject(e.getMessage());
        }
    }

    private static void log(Run run, Message message) {
        if (message instanceof LogLine line) {
            LOG.debug("[page {}] {}: {}", run.id(), line.level(), line.text());
        } else if (message instanceof PageError error) {
            LOG.warn("[page {}] {} error{}: {}", run.id(), error.kind(),
                    error.caseId() == null ? "" : " in case " + error.caseId(), error.message());
        }
    }

    private static void refuse(WsContext ctx, String reason) {
        LOG.warn("refused a result-channel connection: {}", reason);
        ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, reason);
    }
}

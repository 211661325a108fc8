package dev.webaccel.harness;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.channel.Run;
import dev.webaccel.channel.WaitTimeoutException;
import dev.webaccel.channel.Waiter;
import dev.webaccel.config.Settings;
import dev.webaccel.protocol.CapabilitiesReport;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.protocol.Sample;
import dev.webaccel.server.HarnessServer;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a test uses: a running harness server, and {@link #run} to send a plan to a browser page,
 * wait for it with a timeout, and get back checked results.
 */
public final class Harness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Harness.class);

    private final Settings settings;
    private final ProtocolCodec codec;
    private final HarnessServer server;
    private final Waiter waiter;

    private Harness(Settings settings, ProtocolCodec codec, HarnessServer server, Waiter waiter) {
        this.settings = settings;
        this.codec = codec;
        this.server = server;
        this.waiter = waiter;
    }

    public static Harness start(Settings settings) {
        ProtocolCodec codec = new ProtocolCodec();
        HarnessServer server = HarnessServer.start(settings.projectDir(), settings.serverHost(), settings.serverPort(), codec);
        return new Harness(settings, codec, server, Waiter.system());
    }

    public HarnessServer server() {
        return server;
    }

    public Settings settings() {
        return settings;
    }

    /** Runs the plan in the session's browser and waits for it: {@link #open} then {@link #await}. */
    public RunResult run(BrowserSession session, Plan plan) {
        return await(open(session, plan));
    }

    /** Registers the plan as a new run and navigates the browser to it, without waiting. */
    public PendingRun open(BrowserSession session, Plan plan) {
        Run run = server.runs().create(id -> codec.encode(plan.toMessage(id)), plan.blobs());
        try {
            session.open(server.pageUri(run).toString());
        } catch (RuntimeException e) {
            server.runs().remove(run.id());
            throw e;
        }
        return new PendingRun(session, plan, run);
    }

    /**
     * Waits until the page sends {@code done}, fails fast when its channel closes early, and fails with
     * what arrived last when {@code run.timeout.s} passes.
     */
    public RunResult await(PendingRun pending) {
        BrowserSession session = pending.session();
        Plan plan = pending.plan();
        Run run = pending.run();
        try {
            String what = "run " + run.id() + " (" + session.browser() + ") to send 'done' for " + plan.cases().size()
                    + " case(s)";
            AtomicInteger reported = new AtomicInteger();
            waiter.until(what, settings.runTimeout(), () -> {
                logProgress(session, plan, run, reported);
                if (run.done().isPresent()) {
                    return Optional.of(true);
                }
                if (run.disconnectReason().isPresent()) {
                    throw new WaitTimeoutException("The page closed its result channel before " + what.substring(4)
                            + ": " + run.lastSeen());
                }
                return Optional.empty();
            }, run::lastSeen);
            logProgress(session, plan, run, reported);
            return collect(session, plan, run);
        } finally {
            server.runs().remove(run.id());
        }
    }

    /** A run whose page has been opened and not yet awaited. */
    public record PendingRun(BrowserSession session, Plan plan, Run run) {
    }

    private static void logProgress(BrowserSession session, Plan plan, Run run, AtomicInteger reported) {
        List<CaseResult> results = run.caseResults();
        for (int i = reported.get(); i < results.size(); i++) {
            CaseResult r = results.get(i);
            LOG.info("[{}] case {}/{} {}: {} on {}{}", session.browser(), i + 1, plan.cases().size(), r.caseId(),
                    r.status(), r.backend(), r.ran() ? "" : " (" + r.reason() + ")");
        }
        reported.set(results.size());
    }

    private RunResult collect(BrowserSession session, Plan plan, Run run) {
        CapabilitiesReport capabilities = run.capabilities().orElseThrow(() ->
                new IllegalStateException("run " + run.id() + " finished without sending its capabilities"));
        List<CaseOutcome> outcomes = new ArrayList<>();
        List<Sample> samples = run.messagesOf(Sample.class);
        for (KernelCase kernelCase : plan.cases()) {
            Optional<CaseResult> result = run.caseResults().stream()
                    .filter(r -> r.caseId().equals(kernelCase.id())).findFirst();
            Optional<OutputCheck> check = result.filter(CaseResult::ran)
                    .map(r -> OutputCheck.compare(kernelCase, r.output().values()));
            outcomes.add(new CaseOutcome(kernelCase, result,
                    samples.stream().filter(s -> s.caseId().equals(kernelCase.id())).toList(), check));
        }
        String version = session.reportedVersion().isBlank() ? capabilities.capabilities().browserVersion()
                : session.reportedVersion();
        return new RunResult(session.browser(), version, run.id(), capabilities.capabilities(), capabilities.rawJson(), outcomes,
                run.messagesOf(LogLine.class), run.errors(), run.rejections());
    }

    @Override
    public void close() {
        server.close();
    }
}

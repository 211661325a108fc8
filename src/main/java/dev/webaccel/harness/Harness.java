package dev.webaccel.harness;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.channel.Run;
import dev.webaccel.channel.WaitTimeoutException;
import dev.webaccel.channel.Waiter;
import dev.webaccel.config.Settings;
import dev.webaccel.protocol.CapabilitiesReport;
import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.LogLine;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.protocol.Sample;
import dev.webaccel.results.Machine;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.ResultsSink;
import dev.webaccel.results.Results;
import dev.webaccel.results.RunInfo;
import dev.webaccel.server.HarnessServer;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.TestSlowdown;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a test uses: a running harness server, and {@link #run} to send a plan to a browser page, wait for it with
 * a timeout, and get back checked results. Every case becomes one {@link ResultRecord}, handed to the sink as the
 * run is collected.
 */
public final class Harness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Harness.class);
    /** How long a page that lost its channel has to reconnect (web-assets/js/channel.js retries for 5.6 s). */
    static final Duration RECONNECT_GRACE = Duration.ofSeconds(8);

    private final Settings settings;
    private final Optional<TestSlowdown> slowdown;
    private final ProtocolCodec codec;
    private final HarnessServer server;
    private final Waiter waiter;
    private final ResultsSink sink;
    private final Machine machine;

    private Harness(Settings settings, ProtocolCodec codec, HarnessServer server, Waiter waiter, ResultsSink sink) {
        this.settings = settings;
        this.slowdown = TestSlowdown.parse(settings.testSlowdown());
        this.codec = codec;
        this.server = server;
        this.waiter = waiter;
        this.sink = sink;
        this.machine = Machine.detect(settings.projectDir());
    }

    /** A harness whose records go to {@code sink} (a suite's {@link Results}). */
    public static Harness start(Settings settings, ResultsSink sink) {
        ProtocolCodec codec = new ProtocolCodec();
        HarnessServer server = HarnessServer.start(settings.projectDir(), settings.serverHost(), settings.serverPort(), codec);
        return new Harness(settings, codec, server, Waiter.system(), sink);
    }

    /** A harness whose records go nowhere but into the returned {@link RunResult}s. */
    public static Harness start(Settings settings) {
        return start(settings, Results.none());
    }

    /** The machine and checkout every record of this harness names. */
    public Machine machine() {
        return machine;
    }

    /** Runs the plan in the session's browser and waits for it: {@link #open} then {@link #await}. */
    public RunResult run(BrowserSession session, Plan plan) {
        return await(open(session, plan));
    }

    /** Registers the plan as a new run and navigates the browser to it, without waiting. */
    public PendingRun open(BrowserSession session, Plan requested) {
        Plan plan = slowdown.map(s -> s.apply(requested)).orElse(requested);
        Run run = server.runs().create(id -> codec.encode(plan.toMessage(id)), plan.blobs(), plan.files());
        try {
            session.open(server.pageUri(run).toString());
        } catch (RuntimeException e) {
            server.runs().remove(run.id());
            throw e;
        }
        return new PendingRun(session, plan, run, Instant.now());
    }

    /**
     * Registers one run per plan and opens each page in a new tab of the session, all from one script
     * ({@link BrowserSession#openTabs}) that returns before any has loaded, so the pages load and run at the same time.
     */
    public List<PendingRun> launchInNewTabs(BrowserSession session, List<Plan> requested) {
        List<Plan> plans = requested.stream().map(p -> slowdown.map(s -> s.apply(p)).orElse(p)).toList();
        List<Run> runs = plans.stream().map(plan -> server.runs().create(id -> codec.encode(plan.toMessage(id)),
                plan.blobs(), plan.files())).toList();
        try {
            session.openTabs(runs.stream().map(run -> server.pageUri(run).toString()).toList());
        } catch (RuntimeException e) {
            runs.forEach(run -> server.runs().remove(run.id()));
            throw e;
        }
        Instant now = Instant.now();
        List<PendingRun> pending = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            pending.add(new PendingRun(session, plans.get(i), runs.get(i), now));
        }
        return pending;
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
                if (run.lostSince().filter(lost -> lost.plus(RECONNECT_GRACE).isBefore(Instant.now())).isPresent()) {
                    throw new WaitTimeoutException("The page closed its result channel before " + what.substring(4)
                            + " and did not reconnect within " + RECONNECT_GRACE.toSeconds() + " s: " + run.lastSeen());
                }
                return Optional.empty();
            }, run::lastSeen);
            logProgress(session, plan, run, reported);
            return collect(pending);
        } finally {
            server.runs().remove(run.id());
        }
    }

    /** A run whose page has been opened and not yet awaited. */
    public record PendingRun(BrowserSession session, Plan plan, Run run, Instant openedAt) {
    }

    private static void logProgress(BrowserSession session, Plan plan, Run run, AtomicInteger reported) {
        List<CaseResult> results = run.caseResults();
        for (int i = reported.get(); i < results.size(); i++) {
            CaseResult r = results.get(i);
            LOG.info("[{}] case {}/{} {}: {} on {}{}", session.browser(), i + 1, plan.cases().size(), r.caseId(),
                    r.status().id(), r.backend(), r.ran() ? "" : " (" + r.reason() + ")");
        }
        reported.set(results.size());
    }

    private RunResult collect(PendingRun pending) {
        BrowserSession session = pending.session();
        Plan plan = pending.plan();
        Run run = pending.run();
        CapabilitiesReport capabilities = run.capabilities().orElseThrow(() ->
                new IllegalStateException("run " + run.id() + " finished without sending its capabilities"));
        List<CaseOutcome> outcomes = new ArrayList<>();
        List<Sample> samples = run.messagesOf(Sample.class);
        for (KernelCase kernelCase : plan.cases()) {
            Optional<CaseResult> result = run.caseResults().stream()
                    .filter(r -> r.caseId().equals(kernelCase.id())).findFirst()
                    .or(() -> run.rejectionFor(kernelCase.id()).map(refused -> new CaseResult(run.id(), kernelCase.id(),
                            CaseStatus.ERROR, Backend.NONE, "its case-result was refused: " + refused.reason(), null, 0)));
            Optional<OutputCheck> check = result.filter(CaseResult::ran)
                    .map(r -> OutputCheck.compare(kernelCase, r.output().values()));
            outcomes.add(new CaseOutcome(kernelCase, result,
                    samples.stream().filter(s -> s.caseId().equals(kernelCase.id())).toList(), check));
        }
        String version = session.reportedVersion().isBlank() ? capabilities.capabilities().browserVersion()
                : session.reportedVersion();
        RunInfo info = new RunInfo(run.id(), plan.purpose(), plan.backend(), pending.openedAt().toString(), machine);
        List<ResultRecord> records = outcomes.stream().map(o -> RecordFactory.of(info, session.browser().id(), version,
                capabilities.capabilities(), o, plan.timingOf(o.kernelCase().id()).slowdown())).toList();
        records.forEach(sink::accept);
        return new RunResult(session.browser(), version, run.id(), capabilities.capabilities(), capabilities.rawJson(),
                outcomes, records, run.messagesOf(LogLine.class), run.errors(), run.rejections());
    }

    @Override
    public void close() {
        server.close();
    }
}

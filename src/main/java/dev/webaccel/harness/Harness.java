package dev.webaccel.harness;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.browser.SessionFault;
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

    /**
     * Registers the plan as a new run and navigates the browser to it, without waiting.
     *
     * @throws RunFailedException when the session's driver or browser has exited (the session is then stopped)
     */
    public PendingRun open(BrowserSession session, Plan requested) {
        if (session.isClosed()) {
            throw new IllegalStateException("the " + session.browser() + " session was stopped (after a fault or at its"
                    + " end); start a new session for the next run");
        }
        Plan plan = slowdown.map(s -> s.apply(requested)).orElse(requested);
        Run run = server.runs().create(id -> codec.encode(plan.toMessage(id)), plan.blobs(), plan.files());
        PendingRun pending = new PendingRun(session, plan, run, Instant.now());
        try {
            session.open(server.pageUri(run).toString());
        } catch (RuntimeException e) {
            server.runs().remove(run.id());
            Optional<SessionFault> fault = session.fault();
            if (fault.isPresent()) {
                throw failed(pending, new Stop(fault.get()), e);
            }
            throw e;
        }
        return pending;
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
     * Waits until the page sends {@code done}. Stops early, with a {@link RunFailedException}, when the browser or
     * its driver exits, when the page's channel closes for good, or when {@code run.timeout.s} passes; the cases that
     * finished by then are kept (handed to the results) and the session's browser is stopped.
     */
    public RunResult await(PendingRun pending) {
        BrowserSession session = pending.session();
        Plan plan = pending.plan();
        Run run = pending.run();
        try {
            String what = "run " + run.id() + " (" + session.browser() + ") to send 'done' for " + plan.cases().size()
                    + " case(s)";
            AtomicInteger reported = new AtomicInteger();
            try {
                waiter.until(what, settings.runTimeout(), () -> {
                    logProgress(session, plan, run, reported);
                    if (run.done().isPresent()) {
                        return Optional.of(true);
                    }
                    Optional<SessionFault> fault = session.fault();
                    if (fault.isPresent()) {
                        throw new Stop(fault.get());
                    }
                    if (run.lostSince().filter(lost -> lost.plus(RECONNECT_GRACE).isBefore(Instant.now())).isPresent()) {
                        throw new Stop(RunFault.CHANNEL_LOST, run.disconnectReason().orElse("no reason given"));
                    }
                    return Optional.empty();
                }, run::lastSeen);
            } catch (Stop stop) {
                logProgress(session, plan, run, reported);
                throw failed(pending, stop, null);
            } catch (WaitTimeoutException timeout) {
                logProgress(session, plan, run, reported);
                throw failed(pending, new Stop(RunFault.TIMED_OUT, ""), timeout);
            }
            logProgress(session, plan, run, reported);
            return collect(pending, false).orElseThrow(() ->
                    new IllegalStateException("run " + run.id() + " finished without sending its capabilities"));
        } finally {
            server.runs().remove(run.id());
        }
    }

    /** A run whose page has been opened and not yet awaited. */
    public record PendingRun(BrowserSession session, Plan plan, Run run, Instant openedAt) {
        /** Waits until the page has sent the results of {@code count} cases (fault tests strike mid-run after it). */
        public void awaitFinishedCases(int count, Duration timeout) {
            Waiter.system().until(count + " finished case(s) of run " + run.id() + " (" + session.browser() + ")",
                    timeout, () -> run.caseResults().size() >= count ? Optional.of(true) : Optional.empty(),
                    run::lastSeen);
        }
    }

    /** Why waiting stopped early, carried out of the wait. */
    private static final class Stop extends RuntimeException {
        private final RunFault fault;
        private final String detail;

        Stop(RunFault fault, String detail) {
            super(fault + ": " + detail, null, false, false);
            this.fault = fault;
            this.detail = detail;
        }

        Stop(SessionFault fault) {
            this(fault.kind() == SessionFault.Kind.DRIVER_EXITED ? RunFault.DRIVER_EXITED : RunFault.BROWSER_EXITED,
                    fault.process());
        }
    }

    /** Keeps the finished cases (records to the results), stops the session, and says what happened. */
    private RunFailedException failed(PendingRun pending, Stop stop, Throwable cause) {
        Run run = pending.run();
        Optional<RunResult> finished = collect(pending, true);
        pending.session().kill();
        List<String> done = run.caseResults().stream().map(r -> r.caseId() + ": " + r.status().id()).toList();
        List<String> open = pending.plan().cases().stream().map(KernelCase::id)
                .filter(id -> run.caseResults().stream().noneMatch(r -> r.caseId().equals(id))).toList();
        String where = !run.connected() ? "before the page connected to its result channel"
                : run.capabilities().isEmpty() ? "before the page reported its capabilities"
                : open.isEmpty() ? "after its last case" : "in case '" + open.get(0) + "'";
        RunFailure failure = new RunFailure(stop.fault, run.id(), pending.session().browser().id(), where, stop.detail,
                done, open, settings.runTimeout().toSeconds(), pending.session().log().toString());
        LOG.error("{}", failure.message());
        return new RunFailedException(failure, finished, cause);
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

    /**
     * The run's cases as they came back, checked, with one record each handed to the sink; with {@code finishedOnly}
     * just the cases whose result arrived (a run stopped by a fault). Empty when the page sent no capabilities.
     */
    private Optional<RunResult> collect(PendingRun pending, boolean finishedOnly) {
        BrowserSession session = pending.session();
        Plan plan = pending.plan();
        Run run = pending.run();
        Optional<CapabilitiesReport> reported = run.capabilities();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        CapabilitiesReport capabilities = reported.get();
        List<CaseOutcome> outcomes = new ArrayList<>();
        List<Sample> samples = run.messagesOf(Sample.class);
        for (KernelCase kernelCase : plan.cases()) {
            Optional<CaseResult> result = run.caseResults().stream()
                    .filter(r -> r.caseId().equals(kernelCase.id())).findFirst()
                    .or(() -> run.rejectionFor(kernelCase.id()).map(refused -> new CaseResult(run.id(), kernelCase.id(),
                            CaseStatus.ERROR, Backend.NONE, "its case-result was refused: " + refused.reason(), null, 0)));
            if (finishedOnly && result.isEmpty()) {
                continue;
            }
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
        return Optional.of(new RunResult(session.browser(), version, run.id(), capabilities.capabilities(),
                capabilities.rawJson(), outcomes, records, run.messagesOf(LogLine.class), run.errors(), run.rejections()));
    }

    @Override
    public void close() {
        server.close();
    }
}

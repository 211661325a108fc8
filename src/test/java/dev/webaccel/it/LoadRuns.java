package dev.webaccel.it;

import dev.webaccel.browser.Browser;
import dev.webaccel.browser.BrowserLauncher;
import dev.webaccel.browser.BrowserSession;
import dev.webaccel.browser.BrowserUnavailableException;
import dev.webaccel.browser.DriverResolver;
import dev.webaccel.config.Settings;
import dev.webaccel.harness.Harness;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.soak.ConcurrentPages;
import dev.webaccel.soak.ResourceBounds;
import dev.webaccel.soak.SessionSoak;
import dev.webaccel.soak.SoakReport;
import dev.webaccel.soak.SoakResult;
import dev.webaccel.testng.Attachments;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.ElementwiseCases;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.SkipException;

/**
 * The plans and wiring of the load and soak tests (SoakIT, SoakBenchmarkIT, ConcurrentPagesIT). Each uses a harness
 * of its own whose records go nowhere: these runs measure webaccel itself, not kernels, and stay out of the suite's
 * results, claims and history.
 */
final class LoadRuns {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRuns.class);
    /** Sessions before the warm checkpoint: class loading, JIT, Jetty's and the JDK's pools settle in these. */
    static final int WARM_UP_SESSIONS = 2;

    private LoadRuns() {
    }

    /** The tiny plan of one soak session: one 1024-element add on the -Dbackend policy, one cold and one timed sample. */
    static Plan tinyPlan(Settings settings) {
        return Plan.correctness(settings.backend(), List.of(ElementwiseCases.of("add", 1024, 1f, 1)))
                .withPurpose("soak");
    }

    /** {@link #WARM_UP_SESSIONS} then {@code sessions} browser sessions in a row, reported (log, file, Allure). */
    static SoakResult sessionsInARow(Settings settings, Browser browser, int sessions) {
        BrowserLauncher launcher = new BrowserLauncher(settings, DriverResolver.system(settings));
        if (settings.gridUrl().isEmpty()) {
            try {
                launcher.resolver().resolve(browser);
            } catch (BrowserUnavailableException absent) {
                throw new SkipException("SKIPPED " + browser.displayName() + ": " + absent.getMessage());
            }
        }
        Plan plan = tinyPlan(settings);
        SoakResult result;
        try (Harness harness = Harness.start(settings)) {
            result = new SessionSoak(browser.id(), () -> launcher.start(browser), (session, i) -> harness.run(session, plan))
                    .measure(WARM_UP_SESSIONS, sessions);
        }
        SoakReport report = new SoakReport(result, ResourceBounds.DEFAULT);
        LOG.info("\nSessions in a row ({}):\n{}", browser.id(), report.console());
        report.write(settings.projectDir().resolve("target/webaccel/soak"));
        Attachments.markdown(browser.id() + " sessions in a row", report.markdown());
        Attachments.csv(browser.id() + " soak checkpoints", report.checkpointsCsv());
        Attachments.csv(browser.id() + " soak sessions", report.sessionsCsv());
        return result;
    }

    /** Page {@code i}'s own case id, so a sample filed under another page's case shows as misrouted. */
    static String pageCase(int page) {
        return "load-page-" + page;
    }

    /**
     * One plan per page: a 64-element add on scalar WebAssembly (no GPU readback and no worker threads: with threads,
     * in one comparison 8 threaded pages of 10,000 samples took 32 s, scalar ones 27 s) timed
     * {@code samples - 1} times after its cold sample, no warm-up and no sizing: {@code samples} sample messages.
     */
    static List<Plan> streamingPlans(int pages, int samples) {
        TimingSpec timing = new TimingSpec(0, samples - 1, 0, 1, 1, 0);
        return IntStream.range(0, pages).mapToObj(i -> new Plan("wasm-scalar", timing,
                List.of(ElementwiseCases.of("add", 64, 1f, 100 + i).withId(pageCase(i)))).withPurpose("load")).toList();
    }

    /** The pages run at once in tabs of {@code session}, on a harness of their own; each page's delivery is logged. */
    static List<ConcurrentPages.Page> concurrentPages(Settings settings, Browser browser, BrowserSession session,
                                                      int pages, int samples) {
        List<ConcurrentPages.Page> done;
        try (Harness harness = Harness.start(settings)) {
            done = ConcurrentPages.run(harness, session, streamingPlans(pages, samples));
        }
        StringBuilder report = new StringBuilder();
        done.forEach(p -> report.append(p.delivery(samples).summary()).append(", tabs opened after ")
                .append(p.opened().toMillis()).append(" ms, done after ")
                .append(p.done().toMillis()).append(" ms\n"));
        LOG.info("\n{} concurrent pages in {}:\n{}", pages, browser.id(), report);
        Attachments.text(browser.id() + " concurrent pages", report.toString());
        return done;
    }

    /** From the first page's opening until the last page was done. */
    static Duration allDone(List<ConcurrentPages.Page> pages) {
        return ConcurrentPages.allDone(pages);
    }
}

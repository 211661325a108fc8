package dev.webaccel.soak;

import dev.webaccel.browser.BrowserSession;
import dev.webaccel.channel.Run;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.Harness;
import dev.webaccel.harness.RunResult;
import dev.webaccel.workload.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Several pages of one browser session at once: each plan is launched in its own tab (the first in the session's
 * current one) without waiting for the page to load ({@link Harness#launch}), so the pages load, run and stream
 * concurrently; then every run is awaited. The session is left with its first tab only.
 */
public final class ConcurrentPages {
    private ConcurrentPages() {
    }

    /**
     * One page's run, its result, when its tab was told to navigate and when its {@code done} arrived, both counted
     * from the first page's launch.
     */
    public record Page(Run run, RunResult result, Duration opened, Duration done) {
        /** What the run received of the {@code expected} samples of its one case. */
        public SampleDelivery delivery(int expected) {
            return SampleDelivery.of(run, result.cases().get(0).kernelCase().id(), expected);
        }
    }

    /** From the first page's opening until the last {@code done} arrived. */
    public static Duration allDone(List<Page> pages) {
        return pages.stream().map(Page::done).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * Everything wrong with pages that were each to send {@code samples} samples of their one case: a sample lost,
     * repeated or misrouted, a message refused, a case that did not run or whose output differs from Java's.
     */
    public static List<String> problems(List<Page> pages, int samples) {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            SampleDelivery delivery = page.delivery(samples);
            if (!delivery.complete()) {
                problems.add(delivery.summary());
            }
            CaseOutcome outcome = page.result().cases().get(0);
            if (!outcome.ran()) {
                problems.add(outcome.kernelCase().id() + " did not run: " + outcome.reason());
            } else if (!outcome.check().orElseThrow().passed()) {
                problems.add(outcome.kernelCase().id() + ": " + outcome.check().orElseThrow().summary());
            }
        }
        return problems;
    }

    /** Opens every plan in its own tab, then awaits every run; the session is left with its first tab only. */
    public static List<Page> run(Harness harness, BrowserSession session, List<Plan> plans) {
        List<Harness.PendingRun> pending = new ArrayList<>();
        List<Duration> opened = new ArrayList<>();
        long started = System.nanoTime();
        Instant start = Instant.now();
        try {
            for (Plan plan : plans) {
                if (!pending.isEmpty()) {
                    session.newTab();
                }
                pending.add(harness.launch(session, plan));
                opened.add(Duration.ofNanos(System.nanoTime() - started));
            }
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                RunResult result = harness.await(pending.get(i));
                Run run = pending.get(i).run();
                pages.add(new Page(run, result, opened.get(i), Duration.between(start, run.doneAt().orElseThrow())));
            }
            return pages;
        } finally {
            session.closeOtherTabs();
        }
    }
}

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
 * Several pages of one browser session at once: every plan is opened in a new tab of its own by one script that does
 * not wait for the pages to load ({@link Harness#launchInNewTabs}), so the pages load, run and stream concurrently;
 * then every run is awaited. The session is left with its first tab only.
 */
public final class ConcurrentPages {
    private ConcurrentPages() {
    }

    /**
     * One page's run, its result, when the script that opened every tab returned and when its {@code done} arrived,
     * both counted from just before that script.
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

    /** Opens every plan in its own new tab at once, then awaits every run; the session is left with its first tab. */
    public static List<Page> run(Harness harness, BrowserSession session, List<Plan> plans) {
        Instant start = Instant.now();
        try {
            List<Harness.PendingRun> pending = harness.launchInNewTabs(session, plans);
            Duration opened = Duration.between(start, Instant.now());
            List<Page> pages = new ArrayList<>();
            for (Harness.PendingRun p : pending) {
                RunResult result = harness.await(p);
                pages.add(new Page(p.run(), result, opened, Duration.between(start, p.run().doneAt().orElseThrow())));
            }
            return pages;
        } finally {
            session.closeOtherTabs();
        }
    }
}

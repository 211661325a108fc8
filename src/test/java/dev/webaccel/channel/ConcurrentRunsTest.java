package dev.webaccel.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.protocol.Sample;
import dev.webaccel.server.HarnessServer;
import dev.webaccel.soak.SampleDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * 8 pages (Java clients) stream 10,000 samples each into their own runs of one real server at once, while a ninth
 * floods past its run's message limit: every page's run gets exactly its own 10,000 samples, in bounded time, and
 * nothing is refused; the flood is cut at the limit, counted, and touches no other run. The server's limit is set to
 * exactly what a well-behaved page sends (hello + 10,000 samples + done), so the 8 runs end at the limit, not past it.
 */
@Test(groups = "unit")
public class ConcurrentRunsTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentRunsTest.class);
    static final int PAGES = 8;
    static final int SAMPLES = 10_000;
    static final int FLOOD_EXTRA = 500;
    /** hello + samples + done: what one well-behaved page sends. */
    static final int PER_RUN = SAMPLES + 2;
    static final RunLimits LIMITS = new RunLimits(PER_RUN, 64L * 1024 * 1024, 10, 100, 5, 2);
    /** 7 s on a quiet 2-core VM, 25 s with two other suites running on it (load average 10). */
    static final Duration BOUND = Duration.ofSeconds(90);

    private HarnessServer server;

    @BeforeClass
    public void start() throws Exception {
        Path project = Files.createTempDirectory("webaccel-concurrent-runs");
        Files.createDirectories(project.resolve("web-assets"));
        Files.createDirectories(project.resolve("wgsl"));
        server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec(4096), LIMITS);
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Run newRun() {
        return server.runs().create(id -> "{\"type\":\"plan\",\"run\":\"" + id + "\"}", Map.of());
    }

    public void eightPagesStreamTheirSamplesAtOnceAndNoneIsLostOrMisrouted() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            runs.add(newRun());
        }
        Run flood = newRun();
        PlayedPage page = new PlayedPage(HttpClient.newHttpClient(),
                URI.create("ws://127.0.0.1:" + server.port() + "/"));
        ExecutorService pool = Executors.newFixedThreadPool(PAGES + 1);
        long started = System.nanoTime();
        try {
            List<Future<Duration>> played = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                Run run = runs.get(i);
                String caseId = "page-" + i;
                played.add(pool.submit(() -> page.play(run, caseId, SAMPLES)));
            }
            played.add(pool.submit(() -> page.play(flood, "flood", SAMPLES + FLOOD_EXTRA)));
            for (Future<Duration> f : played) {
                f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Run run : runs) {
            Waiter.system().until("run " + run.id() + "'s done", Duration.ofSeconds(10),
                    () -> run.done().isPresent() ? Optional.of(true) : Optional.empty(), run::lastSeen);
        }
        Waiter.system().until("the flood's refusals", Duration.ofSeconds(10),
                () -> flood.refusedCount() >= FLOOD_EXTRA ? Optional.of(true) : Optional.empty(), flood::lastSeen);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("{} pages x {} samples (+ a flood of {}) in {} ms: {} messages/s", PAGES, SAMPLES,
                SAMPLES + FLOOD_EXTRA, took.toMillis(), (long) ((PAGES * PER_RUN + PER_RUN + FLOOD_EXTRA) / (took.toNanos() / 1e9)));

        assertThat(took).as("8 concurrent pages of 10,000 samples").isLessThan(BOUND);
        for (int i = 0; i < PAGES; i++) {
            Run run = runs.get(i);
            SampleDelivery delivery = SampleDelivery.of(run, "page-" + i, SAMPLES);
            assertThat(delivery.complete()).as(delivery.summary()).isTrue();
            assertThat(run.messages()).as("run %s keeps all it was sent, at its limit", run.id()).hasSize(PER_RUN);
            assertThat(run.messagesOf(Sample.class)).extracting(Sample::index)
                    .as("page-%d's indexes in the order sent", i).isSorted().doesNotHaveDuplicates();
            assertThat(run.rejections()).isEmpty();
        }
        assertThat(flood.messages()).as("the flood is cut at the limit").hasSize(PER_RUN);
        assertThat(flood.done()).as("its done came past the limit and was dropped").isEmpty();
        assertThat(flood.refusedCount()).as("samples and done past the limit").isEqualTo(FLOOD_EXTRA);
        assertThat(flood.rejections()).hasSize(FLOOD_EXTRA > LIMITS.maxRejections() ? LIMITS.maxRejections() : FLOOD_EXTRA)
                .allSatisfy(r -> assertThat(r).contains("has reached its " + PER_RUN + " messages"));
        SampleDelivery kept = SampleDelivery.of(flood, "flood", PER_RUN - 1);
        assertThat(kept.received()).as(kept.summary()).isEqualTo(PER_RUN - 1);
        assertThat(kept.distinct()).as(kept.summary()).isEqualTo(PER_RUN - 1);
    }
}

package dev.webaccel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/** The history across processes: a killed writer keeps its finished cases; a second writer is told who holds it. */
@Test(groups = "unit")
public class HistoryProcessTest {

    public void aRunKilledMidWayKeepsEveryFinishedCaseAndReadsAsIncomplete() throws Exception {
        Path file = Files.createTempDirectory("webaccel-history").resolve("history.duckdb");
        Process child = child("die-after", file.toString(), "3");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("halted like a killed JVM").isEqualTo(137);
        try (HistoryDb db = HistoryDb.open(file, Duration.ofSeconds(5))) {
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM cases WHERE run_id = 'killed-run'"))
                    .isEqualTo(3);
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM runs WHERE NOT complete")).isEqualTo(1);
            assertThat(HistoryWriterTest.count(db, "SELECT count(*) FROM samples")).as("2 warm + 1 cold each")
                    .isEqualTo(9);
        }
    }

    public void aSecondWriterWaitsThenFailsNamingTheProcessThatHoldsTheFile() throws Exception {
        Path file = Files.createTempDirectory("webaccel-history").resolve("history.duckdb");
        Process holder = child("hold", file.toString());
        try {
            Instant start = Instant.now();
            assertThatThrownBy(() -> HistoryDb.open(file, Duration.ofSeconds(2)))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("is held by another process (PID " + holder.pid())
                    .hasMessageContaining("HistoryChild")
                    .hasMessageContaining("-Ddb.path=");
            assertThat(Duration.between(start, Instant.now())).as("waited the bounded time")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (HistoryDb db = HistoryDb.open(file, Duration.ofSeconds(5))) {
            assertThat(Migrations.current(db.connection())).as("the file is intact").isEqualTo(Migrations.latest());
        }
    }

    private static Process child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HistoryChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals("ready")) {
                return p;
            }
        }
        p.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("child " + List.of(args) + " ended before it was ready:\n" + seen);
    }
}

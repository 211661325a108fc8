package dev.webaccel.soak;

import dev.webaccel.report.TextTable;
import dev.webaccel.results.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A soak's figures as a console table, markdown (for Allure) and two CSV files under
 * {@code target/webaccel/soak/}: the checkpoints, and one row per session.
 */
public record SoakReport(SoakResult result, ResourceBounds bounds) {

    /** One checkpoint on one line, for the log. */
    public static String line(ResourceSnapshot s) {
        return String.format(Locale.ROOT, "%s: %d descendant process(es), %d fds, %d threads, heap %.1f MiB after GC",
                s.label(), s.descendants().size(), s.openFds(), s.threads(), s.heapMiB());
    }

    public String console() {
        TextTable table = new TextTable("checkpoint", "sessions", "processes", "fds", "threads", "heap MiB");
        for (ResourceSnapshot s : result.checkpoints()) {
            table.row(s.label(), s.sessions(), s.descendants().size(), s.openFds(), s.threads(), mib(s));
        }
        return table.render() + "\n" + timesLine() + "\n" + verdictLine();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("### Sessions in a row: " + result.browser() + "\n\n")
                .append("| checkpoint | sessions | processes | fds | threads | heap after GC (MiB) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ResourceSnapshot s : result.checkpoints()) {
            md.append("| ").append(s.label()).append(" | ").append(s.sessions()).append(" | ")
                    .append(s.descendants().size()).append(" | ").append(s.openFds()).append(" | ").append(s.threads())
                    .append(" | ").append(mib(s)).append(" |\n");
        }
        return md.append('\n').append(timesLine()).append("\n\n").append(verdictLine()).append('\n').toString();
    }

    public String checkpointsCsv() {
        Csv csv = new Csv(List.of("browser", "checkpoint", "sessions", "processes", "fds", "threads", "heap_used_bytes"));
        for (ResourceSnapshot s : result.checkpoints()) {
            csv.row(List.of(result.browser(), s.label(), s.sessions(), s.descendants().size(), s.openFds(), s.threads(),
                    s.heapUsedBytes()));
        }
        return csv.toString();
    }

    public String sessionsCsv() {
        Csv csv = new Csv(List.of("browser", "session", "warm_up", "start_ms", "run_ms", "close_ms", "total_ms",
                "processes", "problem"));
        for (SessionTiming t : result.sessions()) {
            csv.row(List.of(result.browser(), t.index(), t.index() <= result.warm().sessions(), t.start().toMillis(),
                    t.run().toMillis(), t.close().toMillis(), t.total().toMillis(), t.processes(),
                    t.problem() == null ? "" : t.problem()));
        }
        return csv.toString();
    }

    /** Writes {@code soak-<browser>-checkpoints.csv}, {@code -sessions.csv} and {@code .md} into {@code dir}. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            String base = "soak-" + result.browser();
            Files.writeString(dir.resolve(base + "-checkpoints.csv"), checkpointsCsv());
            Files.writeString(dir.resolve(base + "-sessions.csv"), sessionsCsv());
            Files.writeString(dir.resolve(base + ".md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the soak report to " + dir, e);
        }
    }

    /** Median and range per phase over the sessions after the warm-up. */
    String timesLine() {
        List<SessionTiming> measured = result.measured();
        return "Per session after the warm-up (N=" + measured.size() + "), median [min, max] ms: start "
                + spread(measured, SessionTiming::start) + ", run " + spread(measured, SessionTiming::run) + ", close "
                + spread(measured, SessionTiming::close) + ", total " + spread(measured, SessionTiming::total)
                + "; processes per session " + measured.stream().mapToInt(SessionTiming::processes).min().orElse(0)
                + ".." + measured.stream().mapToInt(SessionTiming::processes).max().orElse(0) + ".";
    }

    String verdictLine() {
        List<String> problems = result.problems(bounds);
        long perSession = ResourceBounds.heapGrowthPerSession(result.warm(), result.end());
        int sessions = result.end().sessions() - result.warm().sessions();
        String figures = String.format(Locale.ROOT, "End vs warm: fds %+d (slack %d), threads %+d (slack %d), heap %+.2f"
                        + " MiB = %+.1f KiB per session (allowed %.2f MiB: %d KiB + %d KiB per session); processes of"
                        + " closed sessions still alive: %d.",
                result.end().openFds() - result.warm().openFds(), bounds.fdSlack(),
                result.end().threads() - result.warm().threads(), bounds.threadSlack(),
                (result.end().heapUsedBytes() - result.warm().heapUsedBytes()) / (1024.0 * 1024.0), perSession / 1024.0,
                bounds.heapAllowance(sessions) / (1024.0 * 1024.0), bounds.heapSlackBytes() / 1024,
                bounds.heapBytesPerSession() / 1024, result.survivors().size());
        return figures + (problems.isEmpty() ? " Clean." : " PROBLEMS: " + String.join("; ", problems));
    }

    private static String spread(List<SessionTiming> timings, Function<SessionTiming, Duration> phase) {
        long[] ms = timings.stream().map(phase).mapToLong(Duration::toMillis).sorted().toArray();
        if (ms.length == 0) {
            return "-";
        }
        long median = ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
        return median + " [" + ms[0] + ", " + ms[ms.length - 1] + "]";
    }

    private static String mib(ResourceSnapshot s) {
        return String.format(Locale.ROOT, "%.2f", s.heapMiB());
    }
}

package dev.webaccel.results;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sinks of one suite, fed together. A failing sink is logged and the others still get the record. */
public final class Results implements ResultsSink {
    private static final Logger LOG = LoggerFactory.getLogger(Results.class);

    private final List<ResultsSink> sinks;

    public Results(List<ResultsSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    /** Every sink registered through {@link ServiceLoader}, plus the given ones. */
    public static Results discover(ResultsSink... extra) {
        List<ResultsSink> all = new ArrayList<>();
        ServiceLoader.load(ResultsSink.class).forEach(all::add);
        all.addAll(List.of(extra));
        return new Results(all);
    }

    /** No sink: records go nowhere (a harness used outside a suite). */
    public static Results none() {
        return new Results(List.of());
    }

    public List<ResultsSink> sinks() {
        return sinks;
    }

    /** Every sink's {@link ResultsSink#preflight}; unlike the other calls, a failure here is thrown. */
    @Override
    public void preflight() {
        sinks.forEach(ResultsSink::preflight);
    }

    @Override
    public void accept(ResultRecord record) {
        each(sink -> sink.accept(record), "accept " + record.workload().caseId());
    }

    @Override
    public void engineSkipped(String browser, String reason) {
        each(sink -> sink.engineSkipped(browser, reason), "note skipped " + browser);
    }

    @Override
    public void verdicts(List<VerdictRecord> verdicts) {
        each(sink -> sink.verdicts(verdicts), "keep " + verdicts.size() + " claim verdicts");
    }

    @Override
    public void close() {
        each(ResultsSink::close, "close");
    }

    private void each(Consumer<ResultsSink> action, String what) {
        for (ResultsSink sink : sinks) {
            try {
                action.accept(sink);
            } catch (RuntimeException e) {
                LOG.error("results sink {} failed to {}: {}", sink.getClass().getSimpleName(), what, e.toString());
            }
        }
    }
}

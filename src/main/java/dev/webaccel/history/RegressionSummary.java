package dev.webaccel.history;

import dev.webaccel.history.Regression.Flag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's account of a run's comparison with its baseline. */
final class RegressionSummary {
    private static final Logger LOG = LoggerFactory.getLogger(RegressionSummary.class);

    private RegressionSummary() {
    }

    static String text(List<Regression> findings, Baseline baseline) {
        Map<Flag, Long> counts = new TreeMap<>(findings.stream().collect(Collectors.groupingBy(Regression::flag,
                Collectors.counting())));
        StringBuilder text = new StringBuilder("history: " + findings.size() + " workload(s) compared with "
                + baseline.describe() + ": " + counts);
        for (Regression r : findings) {
            if (r.flag() == Flag.REGRESSION || r.flag() == Flag.IMPROVEMENT) {
                text.append("\n  ").append(r.describe());
            }
        }
        long first = findings.stream().filter(r -> r.flag() == Flag.NOT_COMPARED).count();
        if (first > 0) {
            text.append("\n  not compared: ").append(first).append(" (reasons in the report and the regressions "
                    + "table)");
        }
        return text.toString();
    }

    static void log(List<Regression> findings, Baseline baseline) {
        boolean flagged = findings.stream().anyMatch(r -> r.flag() == Flag.REGRESSION);
        if (flagged) {
            LOG.warn(text(findings, baseline));
        } else {
            LOG.info(text(findings, baseline));
        }
    }
}

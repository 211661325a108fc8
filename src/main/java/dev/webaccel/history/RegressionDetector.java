package dev.webaccel.history;

import dev.webaccel.history.Regression.Flag;
import dev.webaccel.stats.CliffsDelta;
import dev.webaccel.stats.Comparison;
import dev.webaccel.stats.RatioEstimate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares every workload a run measured (its warm per-operation samples of cases that ran and passed their check)
 * with a {@link Baseline} from the history. A workload is flagged only when all three agree: the ratio of medians'
 * 95% bootstrap CI lies wholly beyond the margin ({@code -Dregressions.margin.pct}, ratio outside [1/(1+m), 1+m]),
 * the two-sided Mann-Whitney p is below {@value #ALPHA}, and Cliff's delta is large (|delta| >= 0.474). Too few
 * samples, medians below the timer resolution, or no baseline on the same environment give NOT_COMPARED with the
 * reason; an identical configuration flags nothing.
 */
public final class RegressionDetector {
    public static final String METRIC = "warm-median-ms";
    public static final double ALPHA = 0.01;

    private final Connection db;
    private final double margin;

    public RegressionDetector(Connection db, int marginPct) {
        this.db = db;
        this.margin = marginPct / 100.0;
    }

    public List<Regression> compare(String runId, Baseline baseline) {
        try {
            String namedRun = baseline.kind() == Baseline.Kind.NAMED ? resolve(baseline.name(), runId) : null;
            List<Regression> findings = new ArrayList<>();
            for (Group current : groups(runId).values()) {
                findings.add(compareOne(runId, current, baseline, namedRun));
            }
            return findings;
        } catch (SQLException e) {
            throw new HistoryException("cannot read the history to compare run " + runId + ": " + e.getMessage(), e);
        }
    }

    private Regression compareOne(String runId, Group current, Baseline baseline, String namedRun)
            throws SQLException {
        List<String> runs = switch (baseline.kind()) {
            case NAMED -> hasGroup(namedRun, current) ? List.of(namedRun) : List.of();
            case LAST -> earlierRuns(runId, current, 1);
            case WINDOW -> earlierRuns(runId, current, baseline.window());
        };
        if (runs.isEmpty()) {
            return Regression.notCompared(baseline.describe(), current.envId, current.workloadId, current.label,
                    METRIC, whyNoBaseline(runId, current, baseline, namedRun), current.values.size(), current.median());
        }
        Group base = new Group(current.envId, current.workloadId, current.label, current.resolutionMs);
        for (String run : runs) {
            Group g = groups(run).get(current.baselineKey());
            base.values.addAll(g.values);
            base.resolutionMs = Math.max(base.resolutionMs, g.resolutionMs);
        }
        String against = runs.size() == 1 ? "run " + runs.get(0) : "runs " + String.join(", ", runs);
        return judge(against, current, base);
    }

    Regression judge(String against, Group current, Group base) {
        double[] a = current.array();
        double[] b = base.array();
        Comparison c = Comparison.of(a, b, Math.max(current.resolutionMs, base.resolutionMs));
        if (!c.sufficient()) {
            return new Regression(against, current.envId, current.workloadId, current.label, METRIC,
                    Flag.NOT_COMPARED, c.reason(), a.length, b.length, c.a().median(), c.b().median(), Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        RatioEstimate ratio = c.ratio().orElseThrow();
        CliffsDelta delta = CliffsDelta.of(a, b);
        boolean large = delta.magnitude() == CliffsDelta.Magnitude.LARGE;
        boolean significant = c.p() < ALPHA;
        Flag flag = Flag.NO_CHANGE;
        if (significant && large && ratio.lower() > 1 + margin && delta.delta() > 0) {
            flag = Flag.REGRESSION;
        } else if (significant && large && ratio.upper() < 1 / (1 + margin) && delta.delta() < 0) {
            flag = Flag.IMPROVEMENT;
        }
        return new Regression(against, current.envId, current.workloadId, current.label, METRIC, flag,
                reason(flag, ratio, c.p(), delta), a.length, b.length, c.a().median(), c.b().median(), ratio.ratio(),
                ratio.lower(), ratio.upper(), c.p(), delta.delta());
    }

    private String reason(Flag flag, RatioEstimate ratio, double p, CliffsDelta delta) {
        String rule = String.format(Locale.ROOT, "flagged when the 95%% CI of the ratio lies beyond +-%.0f%%, "
                + "p < %s and |delta| >= 0.474", margin * 100, ALPHA);
        if (flag != Flag.NO_CHANGE) {
            return String.format(Locale.ROOT, "%s: ratio %.3g [%.3g, %.3g], p=%.3g, delta=%.2f (%s)",
                    flag == Flag.REGRESSION ? "slower" : "faster", ratio.ratio(), ratio.lower(), ratio.upper(), p,
                    delta.delta(), rule);
        }
        List<String> why = new ArrayList<>();
        if (ratio.lower() <= 1 + margin && ratio.upper() >= 1 / (1 + margin)) {
            why.add(String.format(Locale.ROOT, "the ratio's CI [%.3g, %.3g] reaches inside the +-%.0f%% margin",
                    ratio.lower(), ratio.upper(), margin * 100));
        }
        if (!(p < ALPHA)) {
            why.add(String.format(Locale.ROOT, "p=%.3g >= %s", p, ALPHA));
        }
        if (delta.magnitude() != CliffsDelta.Magnitude.LARGE) {
            why.add(String.format(Locale.ROOT, "delta=%.2f is %s", delta.delta(),
                    delta.magnitude().name().toLowerCase(Locale.ROOT)));
        }
        return "no change: " + (why.isEmpty() ? "the ratio, test and effect size disagree in direction"
                : String.join("; ", why));
    }

    private String whyNoBaseline(String runId, Group current, Baseline baseline, String namedRun)
            throws SQLException {
        String otherEnv = otherEnvironment(baseline.kind() == Baseline.Kind.NAMED ? namedRun : null, runId, current);
        if (otherEnv != null) {
            return "different environment: " + otherEnv;
        }
        return baseline.kind() == Baseline.Kind.NAMED ? namedRun + " did not measure this workload"
                : "no earlier complete run measured this workload (first run)";
    }

    /** How the nearest earlier measurement of the same workload differs in environment, or null. */
    private String otherEnvironment(String inRun, String runId, Group current) throws SQLException {
        String sql = "SELECT c.run_id, e.browser, e.browser_version, e.adapter, e.backend, e.threads, e.host, "
                + "e.adapter_evidence FROM cases c JOIN runs r USING (run_id) JOIN environments e USING (env_id) "
                + "WHERE c.workload_id = ? AND c.env_id <> ? AND c.run_id <> ? AND (r.complete OR c.run_id = ?) "
                + (inRun == null ? "" : "AND c.run_id = ? ") + "ORDER BY r.started_at DESC LIMIT 1";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, current.plainWorkloadId());
            st.setString(2, current.envId);
            st.setString(3, runId);
            st.setString(4, inRun == null ? "" : inRun);
            if (inRun != null) {
                st.setString(5, inRun);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, String> now = environment(current.envId);
                List<String> diffs = new ArrayList<>();
                for (String column : List.of("browser", "browser_version", "adapter", "backend", "threads", "host",
                        "adapter_evidence")) {
                    String then = String.valueOf(rs.getString(column));
                    if (!then.equals(now.get(column))) {
                        diffs.add(column.equals("adapter_evidence") ? "adapter features or limits differ"
                                : column + " " + then + " -> " + now.get(column));
                    }
                }
                return "run " + rs.getString("run_id") + " measured it with " + String.join(", ", diffs)
                        + "; runs are compared only on the same environment fingerprint";
            }
        }
    }

    private Map<String, String> environment(String envId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT * FROM environments WHERE env_id = ?")) {
            st.setString(1, envId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.put(rs.getMetaData().getColumnName(i), String.valueOf(rs.getString(i)));
                }
                return values;
            }
        }
    }

    private String resolve(String name, String runId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT run_id FROM runs WHERE (run_id = ? OR tag = ?) "
                + "AND run_id <> ? ORDER BY complete DESC, started_at DESC LIMIT 1")) {
            st.setString(1, name);
            st.setString(2, name);
            st.setString(3, runId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        throw new HistoryException("-Dbaseline=" + name + " names no run id or tag in the history; list them with "
                + "scripts/history.sh sql \"SELECT run_id, tag, started_at, complete FROM runs ORDER BY started_at\"");
    }

    private List<String> earlierRuns(String runId, Group current, int k) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT c.run_id FROM cases c JOIN runs r USING (run_id) "
                + "WHERE r.complete AND c.run_id <> ? AND r.started_at <= (SELECT started_at FROM runs WHERE run_id = ?) "
                + "AND c.env_id = ? AND c.workload_id = ? AND c.status = 'ok' AND c.check_passed "
                + "GROUP BY c.run_id, r.started_at ORDER BY r.started_at DESC LIMIT ?")) {
            st.setString(1, runId);
            st.setString(2, runId);
            st.setString(3, current.envId);
            st.setString(4, current.plainWorkloadId());
            st.setInt(5, k);
            List<String> runs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(rs.getString(1));
                }
            }
            return runs;
        }
    }

    private boolean hasGroup(String run, Group current) throws SQLException {
        return groups(run).containsKey(current.baselineKey());
    }

    /** The run's warm samples per (environment, workload), pooled over its cases. */
    private Map<String, Group> groups(String runId) throws SQLException {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (PreparedStatement st = db.prepareStatement("SELECT c.env_id, c.workload_id, w.name, w.variant, "
                + "w.case_id, e.browser, e.browser_version, e.adapter, e.backend, e.threads, su.resolution_ms, "
                + "s.value_ms FROM cases c JOIN workloads w USING (workload_id) JOIN environments e USING (env_id) "
                + "JOIN summaries su ON su.case_key = c.case_key AND su.metric = ? "
                + "JOIN samples s ON s.case_key = c.case_key AND s.metric = ? "
                + "WHERE c.run_id = ? AND c.status = 'ok' AND c.check_passed ORDER BY c.case_key, s.idx")) {
            st.setString(1, METRIC);
            st.setString(2, METRIC);
            st.setString(3, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "/" + rs.getString(2);
                    String threads = rs.getString(10) == null ? "" : " x" + rs.getString(10);
                    String label = rs.getString(5) + " (" + rs.getString(3) + "/" + rs.getString(4) + ") in "
                            + rs.getString(6) + " " + rs.getString(7) + ", " + rs.getString(9) + threads + " on "
                            + rs.getString(8);
                    Group g = groups.computeIfAbsent(key, k -> new Group(key.substring(0, key.indexOf('/')),
                            key.substring(key.indexOf('/') + 1), label, 0));
                    g.resolutionMs = Math.max(g.resolutionMs, rs.getDouble(11));
                    g.values.add(rs.getDouble(12));
                }
            }
        }
        return groups;
    }

    static final class Group {
        final String envId;
        final String workloadId;
        final String label;
        final List<Double> values = new ArrayList<>();
        double resolutionMs;

        Group(String envId, String workloadId, String label, double resolutionMs) {
            this.envId = envId;
            this.workloadId = workloadId;
            this.label = label;
            this.resolutionMs = resolutionMs;
        }

        /** Where the baseline is found: a deliberately slowed workload is compared with the plain one. */
        String baselineKey() {
            return envId + "/" + plainWorkloadId();
        }

        String plainWorkloadId() {
            return Fingerprints.plainWorkloadId(workloadId);
        }

        double[] array() {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double median() {
            return values.isEmpty() ? Double.NaN : dev.webaccel.stats.Summary.of(array()).median();
        }
    }
}

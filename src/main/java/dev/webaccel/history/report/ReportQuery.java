package dev.webaccel.history.report;

import dev.webaccel.history.HistoryException;
import dev.webaccel.history.report.ReportModel.CaseSamples;
import dev.webaccel.history.report.ReportModel.Claim;
import dev.webaccel.history.report.ReportModel.Env;
import dev.webaccel.history.report.ReportModel.Regression;
import dev.webaccel.history.report.ReportModel.Run;
import dev.webaccel.history.report.ReportModel.RunEnv;
import dev.webaccel.history.report.ReportModel.Summary;
import dev.webaccel.history.report.ReportModel.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the history database (schema V1) into a {@link ReportModel}. The only class of the report that holds SQL. */
public final class ReportQuery {
    private static final String TIME = "strftime(%s, '%%Y-%%m-%%d %%H:%%M:%%S')";

    private final Connection db;

    public ReportQuery(Connection db) {
        this.db = db;
    }

    /** @throws HistoryException when the run is not in the database (the message names it) or a query fails */
    public ReportModel load(String runId) {
        try {
            List<Run> runs = runs();
            Run current = runs.stream().filter(r -> r.runId().equals(runId)).findFirst()
                    .orElseThrow(() -> unknownRun(runId, runs));
            return new ReportModel(current, runs, environments(), runEnvironments(), workloads(), summaries(),
                    samples(runId), regressions(runId), claims(runId));
        } catch (SQLException e) {
            throw new HistoryException("could not read the history database for the report of run '" + runId + "': "
                    + e.getMessage(), e);
        }
    }

    private static HistoryException unknownRun(String runId, List<Run> runs) {
        if (runs.isEmpty()) {
            return new HistoryException("no run '" + runId + "' in the history database: it holds no runs yet "
                    + "(a suite run records one when the history sink is on)");
        }
        List<String> latest = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0 && latest.size() < 5; i--) {
            latest.add(runs.get(i).runId());
        }
        return new HistoryException("no run '" + runId + "' in the history database: it holds " + runs.size()
                + " run(s), the latest " + String.join(", ", latest));
    }

    private List<Run> runs() throws SQLException {
        String sql = "SELECT run_id, tag, " + TIME.formatted("started_at") + ", epoch_ms(started_at), "
                + TIME.formatted("finished_at") + ", complete, commit, host, cores, os, java "
                + "FROM runs ORDER BY started_at, run_id";
        return query(sql, rs -> new Run(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                rs.getString(11)));
    }

    private List<Env> environments() throws SQLException {
        return query("SELECT env_id, browser, browser_version, adapter, backend, threads, timer_resolution_ms, host, "
                        + "cores FROM environments ORDER BY browser, browser_version, adapter, backend, threads",
                rs -> new Env(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        integer(rs, 6), rs.getDouble(7), rs.getString(8), rs.getInt(9)));
    }

    private List<RunEnv> runEnvironments() throws SQLException {
        return query("SELECT c.run_id, c.env_id, count(*) FROM cases c JOIN runs r USING (run_id) "
                        + "GROUP BY c.run_id, c.env_id, r.started_at ORDER BY r.started_at, c.run_id, c.env_id",
                rs -> new RunEnv(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    private List<Workload> workloads() throws SQLException {
        return query("SELECT workload_id, case_id, op, name, variant, kernel FROM workloads "
                        + "ORDER BY name, variant, case_id",
                rs -> new Workload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }

    private List<Summary> summaries() throws SQLException {
        return query("SELECT s.case_key, c.run_id, c.page_run_id, c.env_id, c.workload_id, s.metric, s.timing_method, "
                        + "s.resolution_ms, s.ops_per_sample, s.n, s.median_ms, s.p10_ms, s.p90_ms, s.median_ci_low, "
                        + "s.median_ci_high FROM summaries s JOIN cases c USING (case_key) JOIN runs r USING (run_id) "
                        + "ORDER BY r.started_at, c.run_id, s.case_key, s.metric",
                rs -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getInt(9), rs.getInt(10),
                        number(rs, 11), number(rs, 12), number(rs, 13), number(rs, 14), number(rs, 15)));
    }

    private List<CaseSamples> samples(String runId) throws SQLException {
        record Row(long caseKey, String envId, String workloadId, String method, double value) {
        }
        List<Row> rows = query("SELECT c.case_key, c.env_id, c.workload_id, coalesce(s.timing_method, ''), x.value_ms "
                        + "FROM samples x JOIN cases c USING (case_key) "
                        + "LEFT JOIN summaries s ON s.case_key = x.case_key AND s.metric = x.metric "
                        + "WHERE c.run_id = ? AND x.metric = ? ORDER BY c.case_key, x.idx",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)),
                runId, ReportModel.TREND_METRIC);
        Map<Long, List<Row>> byCase = new LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent(r.caseKey(), k -> new ArrayList<>()).add(r));
        return byCase.values().stream().map(list -> new CaseSamples(list.get(0).caseKey(), list.get(0).envId(),
                list.get(0).workloadId(), ReportModel.TREND_METRIC, list.get(0).method(),
                list.stream().map(Row::value).toList())).toList();
    }

    private List<Regression> regressions(String runId) throws SQLException {
        return query("SELECT baseline, env_id, workload_id, metric, flag, reason, n_current, n_baseline, "
                        + "median_current, median_baseline, ratio, ratio_low, ratio_high, p_value, cliffs_delta "
                        + "FROM regressions WHERE run_id = ? ORDER BY CASE flag WHEN 'REGRESSION' THEN 0 "
                        + "WHEN 'IMPROVEMENT' THEN 1 WHEN 'NOT_COMPARED' THEN 2 ELSE 3 END, workload_id, env_id, metric",
                rs -> new Regression(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), number(rs, 9), number(rs, 10),
                        number(rs, 11), number(rs, 12), number(rs, 13), number(rs, 14), number(rs, 15)),
                runId);
    }

    private List<Claim> claims(String runId) throws SQLException {
        return query("SELECT claim_id, statement, source, expected, verdict, reason, side_a, side_b, ratio, ratio_low, "
                        + "ratio_high, p_value FROM claim_verdicts WHERE run_id = ? ORDER BY claim_id",
                rs -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), number(rs, 9), number(rs, 10),
                        number(rs, 11), number(rs, 12)),
                runId);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    /** A nullable DOUBLE column; NaN stored as a value reads as null too (no figure). */
    private static Double number(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        double d = ((Number) v).doubleValue();
        return Double.isNaN(d) ? null : d;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).intValue();
    }
}

package dev.webaccel.history;

import dev.webaccel.results.Environment;
import dev.webaccel.results.Machine;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.Series;
import dev.webaccel.results.VerdictRecord;
import dev.webaccel.results.Workload;
import dev.webaccel.stats.Summary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes one suite run into the history: the run row when it starts, then every finished case in its own
 * transaction (environment, workload, case, summaries and the raw samples through DuckDB's Appender), the claim
 * verdicts, and at the end {@link #complete()}. A run that never completes stays {@code complete = false} with every
 * case that finished.
 */
public final class HistoryWriter {
    private final Connection db;
    private final String runId;

    private HistoryWriter(Connection db, String runId) {
        this.db = db;
        this.runId = runId;
    }

    public static HistoryWriter start(HistoryDb history, RunStart start) {
        Connection db = history.connection();
        Machine m = start.machine();
        try (PreparedStatement st = db.prepareStatement("INSERT INTO runs (run_id, tag, started_at, complete, commit, "
                + "host, cores, os, java, settings) VALUES (?, ?, ?, false, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, start.runId());
            st.setString(2, start.tag().orElse(null));
            st.setTimestamp(3, Timestamp.from(start.startedAt()));
            st.setString(4, m.commit());
            st.setString(5, m.host());
            st.setInt(6, m.cores());
            st.setString(7, m.os());
            st.setString(8, m.java());
            st.setString(9, start.settingsJson());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("cannot record run " + start.runId() + " in " + history.location() + ": "
                    + e.getMessage(), e);
        }
        return new HistoryWriter(db, start.runId());
    }

    /** A whole run at once: started, every record written, completed (tests that compare runs). */
    public static String writeComplete(HistoryDb history, RunStart start, List<ResultRecord> records) {
        HistoryWriter writer = start(history, start);
        records.forEach(writer::write);
        writer.complete();
        return writer.runId();
    }

    public String runId() {
        return runId;
    }

    /** One finished case, all or nothing. */
    public synchronized void write(ResultRecord record) {
        inTransaction("case " + record.workload().caseId(), () -> {
            String envId = Fingerprints.environmentId(record.environment(), record.run().machine());
            String workloadId = Fingerprints.workloadId(record.workload());
            insertEnvironment(envId, record);
            insertWorkload(workloadId, record.workload());
            long caseKey = insertCase(envId, workloadId, record);
            insertSeries(caseKey, record.series());
            insertMemory(caseKey, record.outcome().memory());
        });
    }

    public synchronized void verdicts(List<VerdictRecord> verdicts) {
        inTransaction(verdicts.size() + " claim verdicts", () -> {
            try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO claim_verdicts VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (VerdictRecord v : verdicts) {
                    st.setString(1, runId);
                    st.setString(2, v.claimId());
                    st.setString(3, v.statement());
                    st.setString(4, v.source());
                    st.setString(5, v.expected());
                    st.setString(6, v.verdict());
                    st.setString(7, v.reason());
                    st.setString(8, v.sideA());
                    st.setString(9, v.sideB());
                    setNumber(st, 10, v.ratio());
                    setNumber(st, 11, v.ratioLow());
                    setNumber(st, 12, v.ratioHigh());
                    setNumber(st, 13, v.p());
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    /** Replaces the run's findings (a later comparison in the same run sees more cases). */
    public synchronized void regressions(List<Regression> findings) {
        inTransaction(findings.size() + " regression findings", () -> {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM regressions WHERE run_id = ?")) {
                del.setString(1, runId);
                del.executeUpdate();
            }
            try (PreparedStatement st = db.prepareStatement("INSERT INTO regressions VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Regression r : findings) {
                    st.setString(1, runId);
                    st.setString(2, r.baseline());
                    st.setString(3, r.envId());
                    st.setString(4, r.workloadId());
                    st.setString(5, r.metric());
                    st.setString(6, r.flag().name());
                    st.setString(7, r.reason());
                    st.setInt(8, r.nCurrent());
                    st.setInt(9, r.nBaseline());
                    setNumber(st, 10, r.medianCurrent());
                    setNumber(st, 11, r.medianBaseline());
                    setNumber(st, 12, r.ratio());
                    setNumber(st, 13, r.ratioLow());
                    setNumber(st, 14, r.ratioHigh());
                    setNumber(st, 15, r.p());
                    setNumber(st, 16, r.cliffsDelta());
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    /** The suite ended normally: the run counts as complete (and can be a baseline). */
    public synchronized void complete() {
        inTransaction("completion of run " + runId, () -> {
            try (PreparedStatement st = db.prepareStatement(
                    "UPDATE runs SET complete = true, finished_at = ? WHERE run_id = ?")) {
                st.setTimestamp(1, Timestamp.from(Instant.now()));
                st.setString(2, runId);
                st.executeUpdate();
            }
        });
    }

    /** A run that measured nothing (e.g. unit tests only) leaves no trace. */
    public synchronized void discard() {
        inTransaction("removal of empty run " + runId, () -> {
            try (PreparedStatement st = db.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
                st.setString(1, runId);
                st.executeUpdate();
            }
        });
    }

    private void insertEnvironment(String envId, ResultRecord record) throws SQLException {
        Environment e = record.environment();
        Machine m = record.run().machine();
        try (PreparedStatement st = db.prepareStatement(
                "INSERT OR IGNORE INTO environments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, envId);
            st.setString(2, e.browser());
            st.setString(3, e.browserVersion());
            st.setString(4, e.adapter());
            st.setString(5, Fingerprints.adapterEvidence(e));
            st.setString(6, e.backend().id());
            if (e.threads() == null) {
                st.setNull(7, Types.INTEGER);
            } else {
                st.setInt(7, e.threads());
            }
            st.setString(8, Fingerprints.features(e));
            st.setDouble(9, e.timerResolutionMs());
            st.setString(10, m.host());
            st.setInt(11, m.cores());
            st.executeUpdate();
        }
    }

    private void insertWorkload(String workloadId, Workload w) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "INSERT OR IGNORE INTO workloads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, workloadId);
            st.setString(2, w.caseId());
            st.setString(3, w.op().id());
            st.setString(4, w.name());
            st.setString(5, w.variant());
            st.setString(6, w.kernel());
            st.setString(7, Fingerprints.json(new java.util.TreeMap<>(w.params())));
            st.setInt(8, w.nodes());
            setNumber(st, 9, w.flops());
            setNumber(st, 10, w.bytes());
            st.executeUpdate();
        }
    }

    private long insertCase(String envId, String workloadId, ResultRecord r) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO cases (run_id, page_run_id, env_id, workload_id, "
                + "purpose, requested_backend, status, reason, readbacks_per_run, check_passed, check_summary, "
                + "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING case_key")) {
            st.setString(1, runId);
            st.setString(2, r.run().runId());
            st.setString(3, envId);
            st.setString(4, workloadId);
            st.setString(5, r.run().purpose());
            st.setString(6, r.run().requestedBackend());
            st.setString(7, r.outcome().status().id());
            st.setString(8, r.outcome().reason());
            if (r.outcome().readbacksPerRun() == null) {
                st.setNull(9, Types.INTEGER);
            } else {
                st.setInt(9, r.outcome().readbacksPerRun());
            }
            if (r.check() == null) {
                st.setNull(10, Types.BOOLEAN);
                st.setNull(11, Types.VARCHAR);
            } else {
                st.setBoolean(10, r.check().passed());
                st.setString(11, r.check().summary());
            }
            st.setTimestamp(12, Timestamp.from(Instant.now()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What the session held: rows "device" (every buffer) and "weights" (its weight part). */
    private void insertMemory(long caseKey, dev.webaccel.protocol.MemoryReport memory) throws SQLException {
        if (memory == null) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement("INSERT INTO memory VALUES (?, ?, ?, ?)")) {
            for (Object[] row : new Object[][] {{"device", memory.deviceBytes()}, {"weights", memory.weightBytes()}}) {
                st.setLong(1, caseKey);
                st.setString(2, (String) row[0]);
                st.setLong(3, (Long) row[1]);
                st.setString(4, memory.method());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void insertSeries(long caseKey, List<Series> series) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "INSERT INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             DuckDBAppender samples = db.unwrap(DuckDBConnection.class).createAppender("main", "samples")) {
            for (Series s : series) {
                double[] values = s.valuesMs();
                for (int i = 0; i < values.length; i++) {
                    samples.beginRow().append(caseKey).append(s.metric().id()).append(i).append(values[i]).endRow();
                }
                st.setLong(1, caseKey);
                st.setString(2, s.metric().id());
                st.setString(3, s.method().description());
                st.setDouble(4, s.resolutionMs());
                st.setInt(5, s.opsPerSample());
                st.setInt(6, values.length);
                Summary sum = values.length == 0 ? null : Summary.of(values);
                setNumber(st, 7, sum == null ? Double.NaN : sum.median());
                setNumber(st, 8, sum == null ? Double.NaN : sum.mean());
                setNumber(st, 9, sum == null ? Double.NaN : sum.sd());
                setNumber(st, 10, sum == null ? Double.NaN : sum.p10());
                setNumber(st, 11, sum == null ? Double.NaN : sum.p90());
                setNumber(st, 12, sum == null ? Double.NaN : sum.medianCi().lower());
                setNumber(st, 13, sum == null ? Double.NaN : sum.medianCi().upper());
                st.addBatch();
            }
            st.executeBatch();
            samples.flush();
        }
    }

    /** NaN and infinities are stored as NULL: "no number", which SQL aggregates skip. */
    private static void setNumber(PreparedStatement st, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            st.setDouble(index, value);
        } else {
            st.setNull(index, Types.DOUBLE);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(String what, SqlWork work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HistoryException("cannot write " + what + " of run " + runId + " to the history: "
                    + e.getMessage(), e);
        }
    }
}

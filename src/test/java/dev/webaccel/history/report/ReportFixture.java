package dev.webaccel.history.report;

import dev.webaccel.history.Migrations;
import dev.webaccel.stats.Summary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A FIXTURE FOR RENDERING TESTS ONLY: an in-memory history database with made-up rows, so that every section of the
 * report has something to draw. None of these numbers was measured; nothing here may reach a published report.
 *
 * <p>Three runs: {@link #RUN_1} (complete, the baseline), {@link #RUN_2} (complete, the report's run: a REGRESSION,
 * an IMPROVEMENT, a NO_CHANGE and a NOT_COMPARED row, claim verdicts of every kind, one statement holding
 * {@code </script>}), {@link #RUN_3} (INCOMPLETE: killed after one case). Three environments: Chrome and Firefox on
 * WebGPU, Chrome on WebAssembly (only in run 2).
 */
public final class ReportFixture {
    public static final String RUN_1 = "fixture-run-1";
    public static final String RUN_2 = "fixture-run-2";
    public static final String RUN_3 = "fixture-run-3";
    public static final String CHROME = "env-fixture-chrome";
    public static final String FIREFOX = "env-fixture-firefox";
    public static final String CHROME_WASM = "env-fixture-chrome-wasm";
    public static final String LOGMEL = "wl-fixture-logmel-5s";
    public static final String MATMUL = "wl-fixture-matmul-512";
    /** A claim statement that would end the data script if the JSON were not escaped. */
    public static final String HOSTILE_STATEMENT = "markup in a statement </script><script>window.__pwned = 1</script>";
    /** Samples per fixture case. */
    public static final int N = 8;

    private ReportFixture() {
    }

    /** The fixture database (three runs). The caller closes it. */
    public static Connection create() throws SQLException {
        Connection db = empty();
        run(db, RUN_1, "v0.1", "2025-03-01 10:00:00", "2025-03-01 10:12:00", true, "aaaa111");
        run(db, RUN_2, "v0.2", "2025-03-08 10:00:00", "2025-03-08 10:11:00", true, "bbbb222");
        run(db, RUN_3, null, "2025-03-09 09:00:00", null, false, "cccc333-dirty");
        env(db, CHROME, "Chrome", "156.0.8078.108", "SwiftShader Device (Subzero)", "webgpu", null, 0.1);
        env(db, FIREFOX, "Firefox", "153.8.0", "lavapipe", "webgpu", null, 0.02);
        env(db, CHROME_WASM, "Chrome", "156.0.8078.108", "none", "wasm-simd-threads", 2, 0.1);
        workload(db, LOGMEL, "logmel-fft-5s", "logmel", "logmel-5s", "optimized");
        workload(db, MATMUL, "matmul-tiled-512", "matmul", "matmul-512", "tiled");

        measuredCase(db, RUN_1, CHROME, LOGMEL, 4.0, "WALL_CLOCK");
        measuredCase(db, RUN_1, FIREFOX, LOGMEL, 6.0, "GPU_TIMESTAMP");
        measuredCase(db, RUN_1, CHROME, MATMUL, 20.0, "WALL_CLOCK");
        measuredCase(db, RUN_1, FIREFOX, MATMUL, 30.0, "GPU_TIMESTAMP");
        measuredCase(db, RUN_2, CHROME, LOGMEL, 5.2, "WALL_CLOCK");
        measuredCase(db, RUN_2, FIREFOX, LOGMEL, 6.06, "GPU_TIMESTAMP");
        measuredCase(db, RUN_2, CHROME, MATMUL, 20.2, "WALL_CLOCK");
        measuredCase(db, RUN_2, FIREFOX, MATMUL, 24.0, "GPU_TIMESTAMP");
        measuredCase(db, RUN_2, CHROME_WASM, MATMUL, 14.0, "WALL_CLOCK");
        measuredCase(db, RUN_3, CHROME, LOGMEL, 4.1, "WALL_CLOCK");

        regression(db, CHROME, LOGMEL, "REGRESSION", "slower: the CI of the ratio lies above 1.10 and p < 0.05",
                8, 8, 5.2, 4.0, 1.3, 1.22, 1.38, 0.0002, 1.0);
        regression(db, FIREFOX, MATMUL, "IMPROVEMENT", "faster: the CI of the ratio lies below 1/1.10 and p < 0.05",
                8, 8, 24.0, 30.0, 0.8, 0.76, 0.84, 0.0003, -1.0);
        regression(db, FIREFOX, LOGMEL, "NO_CHANGE", "the CI of the ratio lies within [1/1.10, 1.10]",
                8, 8, 6.06, 6.0, 1.01, 0.97, 1.05, 0.61, 0.09);
        regression(db, CHROME_WASM, MATMUL, "NOT_COMPARED", "no baseline: this environment did not run in "
                + RUN_1, 8, 0, 14.0, null, null, null, null, null, null);

        verdict(db, RUN_2, "firefox-vs-chrome-logmel-5s", "Firefox ~20% faster than Chrome for 5 s of audio",
                "[1.176, 1.333]", "INCONCLUSIVE", "the sides ran on different GPU adapters (lavapipe vs "
                        + "SwiftShader): the comparison measures the adapters, not the browsers",
                null, null, null, null);
        verdict(db, RUN_2, "compute-shaders-optimized-vs-baseline-firefox", "compute shaders 20-35% faster",
                "[1.250, 1.538]", "REFUTED", "larger than claimed: the CI lies above 1.538", 5.5, 5.4, 5.63, 0.0002);
        verdict(db, RUN_2, "wasm-vs-webgpu-matmul-chrome", "WASM reaches 60-80% of WebGPU", "[0.600, 0.800]",
                "SUPPORTED", "the CI lies inside the claimed range and p < 0.05", 0.7, 0.65, 0.76, 0.001);
        verdict(db, RUN_2, "fixture-markup", HOSTILE_STATEMENT, "[1.000, 2.000]", "INCONCLUSIVE",
                "N=3 < 5: raise -Diterations", null, null, null, null);
        verdict(db, RUN_1, "wasm-vs-webgpu-matmul-chrome", "WASM reaches 60-80% of WebGPU", "[0.600, 0.800]",
                "INCONCLUSIVE", "the CI straddles 0.8", 0.78, 0.7, 0.86, 0.01);
        return db;
    }

    /** The report of {@code runId} rendered from the fixture database into {@code dir}. */
    public static ReportFiles writeReport(String runId, Path dir) {
        try (Connection db = create()) {
            return HistoryReport.write(db, runId, dir);
        } catch (SQLException e) {
            throw new IllegalStateException("the report fixture database could not be built: " + e.getMessage(), e);
        }
    }

    /** A database with the schema and no rows. */
    public static Connection empty() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Migrations.apply(db);
        return db;
    }

    /** Only {@link #RUN_1} and its cases: one run, so no trends. */
    public static Connection singleRun() throws SQLException {
        Connection db = empty();
        run(db, RUN_1, "v0.1", "2025-03-01 10:00:00", "2025-03-01 10:12:00", true, "aaaa111");
        env(db, CHROME, "Chrome", "156.0.8078.108", "SwiftShader Device (Subzero)", "webgpu", null, 0.1);
        workload(db, LOGMEL, "logmel-fft-5s", "logmel", "logmel-5s", "optimized");
        measuredCase(db, RUN_1, CHROME, LOGMEL, 4.0, "WALL_CLOCK");
        return db;
    }

    /** The fixture's samples of a case: N values spread ±6% around the centre, deterministic. */
    public static double[] samples(double centre) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = centre * (1 + 0.06 * (((i * 5) % N) - (N - 1) / 2.0) / ((N - 1) / 2.0));
        }
        return x;
    }

    private static void run(Connection db, String id, String tag, String started, String finished, boolean complete,
                            String commit) throws SQLException {
        update(db, "INSERT INTO runs VALUES (?, ?, ?::TIMESTAMP, ?::TIMESTAMP, ?, ?, 'fixture-host', 2, "
                + "'Linux 6.1 amd64', '17.0.15', '{}')", id, tag, started, finished, complete, commit);
    }

    private static void env(Connection db, String id, String browser, String version, String adapter, String backend,
                            Integer threads, double timer) throws SQLException {
        update(db, "INSERT INTO environments VALUES (?, ?, ?, ?, '{}', ?, ?, '[]', ?, 'fixture-host', 2)",
                id, browser, version, adapter, backend, threads, timer);
    }

    private static void workload(Connection db, String id, String caseId, String op, String name, String variant)
            throws SQLException {
        update(db, "INSERT INTO workloads VALUES (?, ?, ?, ?, ?, NULL, '{}', 1, NULL, NULL)", id, caseId, op, name,
                variant);
    }

    private static void measuredCase(Connection db, String run, String env, String workload, double centre,
                                     String method) throws SQLException {
        long key;
        try (PreparedStatement st = db.prepareStatement("INSERT INTO cases (run_id, page_run_id, env_id, workload_id, "
                + "purpose, requested_backend, status, reason, readbacks_per_run, check_passed, check_summary, "
                + "finished_at) VALUES (?, ?, ?, ?, 'claims', 'auto', 'ok', 'fixture', 1, true, 'fixture', "
                + "TIMESTAMP '2025-03-01 10:00:00') RETURNING case_key")) {
            st.setString(1, run);
            st.setString(2, run + "-page");
            st.setString(3, env);
            st.setString(4, workload);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                key = rs.getLong(1);
            }
        }
        double[] x = samples(centre);
        for (int i = 0; i < x.length; i++) {
            update(db, "INSERT INTO samples VALUES (?, 'warm-median-ms', ?, ?)", key, i, x[i]);
        }
        Summary s = Summary.of(x);
        update(db, "INSERT INTO summaries VALUES (?, 'warm-median-ms', ?, 0.1, 4, ?, ?, ?, ?, ?, ?, ?, ?)", key,
                method, s.n(), s.median(), s.mean(), s.sd(), s.p10(), s.p90(), s.medianCi().lower(),
                s.medianCi().upper());
    }

    private static void regression(Connection db, String env, String workload, String flag, String reason, int nCur,
                                   int nBase, Double medCur, Double medBase, Double ratio, Double lo, Double hi,
                                   Double p, Double cliff) throws SQLException {
        update(db, "INSERT INTO regressions VALUES (?, ?, ?, ?, 'warm-median-ms', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RUN_2, RUN_1, env, workload, flag, reason, nCur, nBase, medCur, medBase, ratio, lo, hi, p, cliff);
    }

    private static void verdict(Connection db, String run, String id, String statement, String expected,
                                String verdict, String reason, Double ratio, Double lo, Double hi, Double p)
            throws SQLException {
        update(db, "INSERT INTO claim_verdicts VALUES (?, ?, ?, 'fixture', ?, ?, ?, ?, ?, ?, ?, ?, ?)", run, id,
                statement, expected, verdict, reason, "Firefox 153.8.0, lavapipe, GPU timestamp-query (0.02 ms)",
                "Chrome 156.0.8078.108, SwiftShader Device (Subzero), performance.now() to readback (0.1 ms)", ratio,
                lo, hi, p);
    }

    private static void update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}

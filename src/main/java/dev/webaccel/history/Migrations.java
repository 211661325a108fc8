package dev.webaccel.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a history database to the newest schema: each {@code history/V<n>__<what>.sql} resource not yet recorded in
 * {@code schema_version} runs in its own transaction, in order. A database from a newer webaccel (a version this
 * code does not know) is refused rather than written with an older idea of the tables.
 */
public final class Migrations {
    /** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
    static final List<String> SCRIPTS = List.of("V1__history.sql");

    private Migrations() {
    }

    public static int latest() {
        return SCRIPTS.size();
    }

    /** Applies what is missing and returns the schema version the database now has. */
    public static int apply(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "applied_at TIMESTAMP NOT NULL, script VARCHAR NOT NULL)");
        }
        int current = current(db);
        if (current > latest()) {
            throw new HistoryException("the history database has schema version " + current + " but this webaccel knows "
                    + "versions up to " + latest() + ": it was written by a newer webaccel. Update webaccel, or point "
                    + "-Ddb.path at another file");
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest(); v++) {
                String script = SCRIPTS.get(v - 1);
                try (Statement st = db.createStatement()) {
                    for (String sql : statements(read(script))) {
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + v + ", now(), '" + script + "')");
                    db.commit();
                } catch (SQLException e) {
                    db.rollback();
                    throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            db.setAutoCommit(auto);
        }
        return latest();
    }

    static int current(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of a script: split at semicolons ending a line, with {@code --} comment lines removed. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(sql.toString().split(";\\s*\n")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/history/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script /history/" + script + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

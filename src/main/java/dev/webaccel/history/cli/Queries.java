package dev.webaccel.history.cli;

import dev.webaccel.history.HistoryException;
import dev.webaccel.report.TextTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/** SQL from the command line, printed as console tables. */
final class Queries {
    static final String RUNS = "SELECT run_id, tag, started_at, complete, commit, host, cores, "
            + "(SELECT count(*) FROM cases c WHERE c.run_id = r.run_id) AS cases FROM runs r ORDER BY started_at DESC";
    private static final int MAX_CELL = 80;

    private final Connection db;

    Queries(Connection db) {
        this.db = db;
    }

    String table(String sql) {
        try (Statement st = db.createStatement()) {
            if (!st.execute(sql)) {
                return st.getUpdateCount() + " row(s) changed\n";
            }
            try (ResultSet rs = st.getResultSet()) {
                ResultSetMetaData meta = rs.getMetaData();
                String[] header = new String[meta.getColumnCount()];
                for (int i = 0; i < header.length; i++) {
                    header[i] = meta.getColumnLabel(i + 1);
                }
                TextTable table = new TextTable(header);
                int rows = 0;
                while (rs.next()) {
                    Object[] cells = new Object[header.length];
                    for (int i = 0; i < header.length; i++) {
                        String cell = rs.getString(i + 1);
                        cells[i] = cell == null ? "NULL" : cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL - 3)
                                + "..." : cell.replace('\n', ' ');
                    }
                    table.row(cells);
                    rows++;
                }
                return table.render() + "(" + rows + " row" + (rows == 1 ? "" : "s") + ")\n";
            }
        } catch (SQLException e) {
            throw new HistoryException("SQL failed: " + e.getMessage() + "\n(the tables: scripts/history.sh schema)", e);
        }
    }

    String schema() {
        return table("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                + "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position");
    }

    String newestRun() {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new HistoryException("the history has no runs yet: run the suite first (mvn test)");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new HistoryException("cannot read the runs: " + e.getMessage(), e);
        }
    }
}

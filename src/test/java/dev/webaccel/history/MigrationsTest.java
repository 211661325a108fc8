package dev.webaccel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class MigrationsTest {

    public void appliesEveryScriptOnceAndRecordsTheVersion() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(Migrations.apply(db)).isEqualTo(Migrations.latest());
            assertThat(Migrations.apply(db)).as("second apply is a no-op").isEqualTo(Migrations.latest());
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            }
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                         + "('runs','environments','workloads','cases','samples','summaries','claim_verdicts',"
                         + "'memory','regressions')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(9);
            }
        }
    }

    public void refusesADatabaseFromANewerWebaccel() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            Migrations.apply(db);
            try (Statement st = db.createStatement()) {
                st.execute("INSERT INTO schema_version VALUES (99, now(), 'V99__future.sql')");
            }
            assertThatThrownBy(() -> Migrations.apply(db)).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("schema version 99").hasMessageContaining("newer webaccel");
        }
    }
}

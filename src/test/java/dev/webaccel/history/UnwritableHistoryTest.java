package dev.webaccel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testng.annotations.Test;

/** A history file that cannot be written fails the suite at its start, naming the file, the problem and the fix. */
@Test(groups = "unit")
public class UnwritableHistoryTest {
    private static final String FIX = ". Make it writable, give this run another file with -Ddb.path=other.duckdb, or"
            + " run without history with -Ddb.path=none. The suite did not start, so nothing is lost";

    public void aFileWhereItsFolderShouldBeIsNamed() throws Exception {
        Path blocker = Files.createTempDirectory("webaccel-history").resolve("history");
        Files.writeString(blocker, "in the way");
        Path file = blocker.resolve("webaccel-history.duckdb");

        assertThatThrownBy(() -> HistoryDb.open(file, Duration.ZERO))
                .isInstanceOf(HistoryException.class)
                .hasMessage("The history database " + file + " cannot be written: " + blocker
                        + " exists and is not a folder" + FIX);
    }

    public void aFolderWhereTheFileShouldBeIsNamed() throws Exception {
        Path file = Files.createDirectory(Files.createTempDirectory("webaccel-history").resolve("h.duckdb"));

        assertThatThrownBy(() -> HistoryDb.open(file, Duration.ZERO))
                .isInstanceOf(HistoryException.class)
                .hasMessage("The history database " + file + " cannot be written: " + file + " is a folder" + FIX);
        assertThat(file).isDirectory();
    }

    public void aWritableNewFileIsNotAProblemAndIsNotLeftBehind() throws Exception {
        Path file = Files.createTempDirectory("webaccel-history").resolve("h.duckdb");

        assertThat(HistoryDb.writeProblem(file)).isEmpty();
        assertThat(file).doesNotExist();
    }
}

package dev.webaccel.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testng.annotations.Test;

/**
 * A results folder that cannot be written fails the suite at its start (preflight) with the path, the problem and the
 * fix; one that breaks mid-suite fails only its own sink, and the record still reaches the others.
 */
@Test(groups = "unit")
public class UnwritableResultsTest {

    public void aFileWhereTheResultsFolderShouldBeFailsThePreflight() throws Exception {
        Path dir = Files.createTempDirectory("webaccel-results").resolve("results");
        Files.writeString(dir, "in the way");
        Path records = dir.resolve("records.jsonl");

        assertThatThrownBy(() -> new Results(List.of(new InMemorySink(), new FileSink(dir))).preflight())
                .isInstanceOf(ResultsWriteException.class)
                .hasMessage("Cannot write the results file " + records + ": " + dir + " exists and is not a folder."
                        + " Make " + dir + " a folder you can write (mvn clean removes target/), or run from a checkout"
                        + " you can write. The suite did not start, so nothing is lost.");
    }

    public void aFolderWhereTheRecordsFileShouldBeFailsThePreflight() throws Exception {
        Path dir = Files.createTempDirectory("webaccel-results");
        Path records = Files.createDirectory(dir.resolve("records.jsonl"));

        assertThatThrownBy(() -> new FileSink(dir).preflight())
                .isInstanceOf(ResultsWriteException.class)
                .hasMessage("Cannot write the results file " + records + ": " + records + ": is a directory. Make "
                        + dir + " a folder you can write (mvn clean removes target/), or run from a checkout you can"
                        + " write. The suite did not start, so nothing is lost.");
    }

    public void thePreflightLeavesAnEarlierRunsRecordsAlone() throws Exception {
        Path dir = Files.createTempDirectory("webaccel-results");
        Files.writeString(dir.resolve("records.jsonl"), "{\"earlier\":true}\n");

        new FileSink(dir).preflight();

        assertThat(Files.readString(dir.resolve("records.jsonl"))).isEqualTo("{\"earlier\":true}\n");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no probe file left").containsExactly(dir.resolve("records.jsonl"));
        }
    }

    public void aRecordThatCannotBeWrittenStillReachesTheOtherSinks() throws Exception {
        Path dir = Files.createTempDirectory("webaccel-results").resolve("results");
        Files.writeString(dir, "in the way");
        FileSink files = new FileSink(dir);
        InMemorySink memory = new InMemorySink();
        ResultRecord record = ResultsTest.record("matmul-a", 1.0);

        assertThatThrownBy(() -> files.accept(record))
                .isInstanceOf(ResultsWriteException.class)
                .hasMessage("Cannot write the results file " + dir.resolve("records.jsonl") + ": " + dir + " exists and"
                        + " is not a folder. Make " + dir + " a folder you can write (mvn clean removes target/), or run"
                        + " from a checkout you can write. The records written before are kept there; this one"
                        + " (matmul-a) still goes to the suite's other sinks.");
        new Results(List.of(files, memory)).accept(record);
        assertThat(memory.records()).containsExactly(record);
    }

    public void aPermissionProblemIsSaidInWords() {
        assertThat(FileProblem.describe(new AccessDeniedException("/srv/results/records.jsonl")))
                .isEqualTo("permission denied on /srv/results/records.jsonl");
    }
}

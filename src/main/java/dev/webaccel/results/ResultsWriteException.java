package dev.webaccel.results;

import java.io.IOException;
import java.nio.file.Path;

/** Results cannot be written where they go; the message names the file, the problem and the fix. */
public final class ResultsWriteException extends RuntimeException {
    ResultsWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param consequence what it means for this suite's results, e.g. "The suite did not start, so nothing is lost"
     */
    static ResultsWriteException of(Path file, IOException e, String consequence) {
        return new ResultsWriteException("Cannot write the results file " + file + ": " + FileProblem.describe(e)
                + ". Make " + file.getParent() + " a folder you can write (mvn clean removes target/), or run from a"
                + " checkout you can write. " + consequence, e);
    }
}

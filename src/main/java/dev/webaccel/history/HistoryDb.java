package dev.webaccel.history;

import dev.webaccel.results.FileProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open history database (DuckDB), migrated to the newest schema. DuckDB lets one process write a file: when
 * another process holds it, {@link #open} retries for the given time and then fails naming that process.
 */
public final class HistoryDb implements AutoCloseable {
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");
    private static final long RETRY_MS = 250;

    private final Connection connection;
    private final String location;

    private HistoryDb(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /** Opens (creating it and its folder if needed) and migrates {@code file}, waiting up to {@code lockWait}. */
    public static HistoryDb open(Path file, Duration lockWait) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw unwritable(file, FileProblem.describe(e), e);
        }
        Instant deadline = Instant.now().plus(lockWait);
        while (true) {
            try {
                return migrated(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()), file.toString());
            } catch (SQLException e) {
                Optional<String> holder = lockHolder(e);
                Optional<String> unwritable = holder.isPresent() ? Optional.empty() : writeProblem(file);
                if (unwritable.isPresent()) {
                    throw unwritable(file, unwritable.get(), e);
                }
                if (holder.isEmpty()) {
                    throw new HistoryException("cannot open the history database " + file + ": " + e.getMessage()
                            + "; if the file is damaged move it away (the next run starts a new history), or choose "
                            + "another -Ddb.path", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new HistoryException("the history database " + file + " is held by another process ("
                            + holder.get() + ") and was still held after " + lockWait.toSeconds() + " s: DuckDB lets "
                            + "one process write a file. Wait for that run to end, or give this run its own file "
                            + "with -Ddb.path=other.duckdb (or -Ddb.path=none); raise -Ddb.lock.wait.s to wait longer",
                            e);
                }
                sleep();
            }
        }
    }

    private static HistoryException unwritable(Path file, String problem, Exception cause) {
        return new HistoryException("The history database " + file + " cannot be written: " + problem + ". Make it"
                + " writable, give this run another file with -Ddb.path=other.duckdb, or run without history with"
                + " -Ddb.path=none. The suite did not start, so nothing is lost", cause);
    }

    /**
     * Why {@code file} cannot be opened for writing, asked only after DuckDB failed for a reason other than a lock
     * (opening and closing the file here while this process held DuckDB's lock on it would release that lock).
     */
    static Optional<String> writeProblem(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a folder");
        }
        boolean existed = Files.exists(file);
        try {
            Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            if (!existed) {
                Files.deleteIfExists(file);
            }
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.of(FileProblem.describe(e));
        }
    }

    /** A history that lives in memory only (tests). */
    public static HistoryDb inMemory() {
        try {
            return migrated(DriverManager.getConnection("jdbc:duckdb:"), "(in memory)");
        } catch (SQLException e) {
            throw new HistoryException("cannot open an in-memory DuckDB: " + e.getMessage(), e);
        }
    }

    private static HistoryDb migrated(Connection connection, String location) throws SQLException {
        try {
            Migrations.apply(connection);
            return new HistoryDb(connection, location);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** "PID 1234: java -cp ... (command line)" from DuckDB's lock message, when it names the holder. */
    static Optional<String> lockHolder(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (!message.contains("Could not set lock") && !message.contains("Conflicting lock")) {
            return Optional.empty();
        }
        Matcher m = LOCK_HOLDER.matcher(message);
        if (!m.find()) {
            return Optional.of("a process DuckDB did not name");
        }
        String pid = m.group(1);
        return Optional.of("PID " + pid + commandLine(pid).map(c -> ": " + c).orElse(""));
    }

    private static Optional<String> commandLine(String pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
            String line = new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ').trim();
            return line.isEmpty() ? Optional.empty()
                    : Optional.of(line.length() > 200 ? line.substring(0, 60) + " ... " + line.substring(line.length()
                    - 140) : line); // the end names a JVM's main class and arguments
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException("interrupted while waiting for the history database lock");
        }
    }

    public Connection connection() {
        return connection;
    }

    public String location() {
        return location;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("cannot close the history database " + location + ": " + e.getMessage(), e);
        }
    }
}

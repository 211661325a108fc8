package dev.webaccel.history.cli;

import dev.webaccel.config.Settings;
import dev.webaccel.history.HistoryDb;
import dev.webaccel.history.HistoryException;
import dev.webaccel.history.report.HistoryReport;
import dev.webaccel.history.report.ReportFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code scripts/history.sh}: the history database from a shell.
 * <pre>
 *   history.sh [--db FILE] sql "SELECT ..."    one statement, printed as a table
 *   history.sh [--db FILE] schema              the tables and their columns
 *   history.sh [--db FILE] runs                every run, newest first
 *   history.sh [--db FILE] report [--run ID] [--out DIR]   HTML + markdown report (default: the newest run)
 * </pre>
 * FILE defaults to {@code -Ddb.path} (webaccel-history.duckdb in the project). Exit status 2 on a usage error, 1
 * when the database or the statement fails, with the reason.
 */
public final class HistoryCommand {
    private HistoryCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        Settings settings = Settings.fromEnvironment();
        Optional<Path> file = option(args, "--db").map(Path::of).or(settings::historyFile);
        if (args.isEmpty() || file.isEmpty()) {
            err.println(file.isEmpty() ? "the history is turned off (-Ddb.path=none); name a file with --db FILE"
                    : usage());
            return 2;
        }
        String command = args.remove(0);
        try (HistoryDb db = HistoryDb.open(file.get(), Duration.ofSeconds(settings.dbLockWaitS()))) {
            Queries queries = new Queries(db.connection());
            switch (command) {
                case "sql" -> {
                    if (args.size() != 1) {
                        err.println("sql takes one statement in quotes, e.g. sql \"SELECT * FROM runs\"");
                        return 2;
                    }
                    out.print(queries.table(args.get(0)));
                }
                case "schema" -> out.print(queries.schema());
                case "runs" -> out.print(queries.table(Queries.RUNS));
                case "report" -> {
                    String runId = option(args, "--run").orElseGet(queries::newestRun);
                    Path dir = option(args, "--out").map(Path::of)
                            .orElse(settings.projectDir().resolve("target/webaccel/report"));
                    ReportFiles files = HistoryReport.write(db.connection(), runId, dir);
                    out.println("report of run " + runId + ": " + files.html() + " (markdown: " + files.markdown()
                            + ")");
                }
                default -> {
                    err.println("unknown command '" + command + "'\n" + usage());
                    return 2;
                }
            }
            return 0;
        } catch (HistoryException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return Optional.of(value);
    }

    static String usage() {
        return """
                usage: scripts/history.sh [--db FILE] COMMAND
                  sql "STATEMENT"              run one SQL statement and print the result as a table
                  schema                       the tables and their columns
                  runs                         every run, newest first
                  report [--run ID] [--out DIR]  write report.html and report.md (default: newest run)""";
    }
}

package dev.webaccel.history;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A second JVM for the history's process tests: {@code hold FILE} opens the file and waits to be killed;
 * {@code die-after FILE N} records a run, writes N cases and halts the JVM without closing anything, as a killed
 * suite would. Prints "ready" when it is where the test wants it.
 */
public final class HistoryChild {
    public static void main(String[] args) throws Exception {
        HistoryDb db = HistoryDb.open(Path.of(args[1]), Duration.ZERO);
        if (args[0].equals("hold")) {
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        HistoryWriter run = HistoryFixtures.run(db, "killed-run", Instant.now(), Optional.empty());
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            run.write(HistoryFixtures.record("matmul-" + i, "SwiftShader", 1.0 + i, 2.0 + i));
        }
        System.out.println("ready");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}

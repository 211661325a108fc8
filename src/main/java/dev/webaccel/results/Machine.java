package dev.webaccel.results;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The machine and checkout a suite runs on, read once. */
public record Machine(String host, int cores, String os, String java, String commit) {

    public static Machine detect(Path projectDir) {
        return new Machine(hostName(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), commit(projectDir));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** HEAD of the checkout (plus "-dirty" with uncommitted changes), GITHUB_SHA in CI, else "unknown". */
    private static String commit(Path projectDir) {
        String sha = System.getenv("GITHUB_SHA");
        if (sha != null && !sha.isBlank()) {
            return sha;
        }
        String head = git(projectDir, "rev-parse", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git(projectDir, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "";
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

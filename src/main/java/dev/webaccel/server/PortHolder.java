package dev.webaccel.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which process listens on a local TCP port, on Linux: the listening socket's inode from {@code /proc/net/tcp} and
 * {@code tcp6}, then the process whose {@code /proc/<pid>/fd} holds it. Empty where that cannot be seen.
 */
final class PortHolder {
    private static final String LISTEN = "0A";

    private PortHolder() {
    }

    /** "PID 1234: java -cp ... Main", or empty. */
    static Optional<String> of(int port) {
        Set<String> inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holdsAny(process.resolve("fd"), inodes)) {
                    String pid = process.getFileName().toString();
                    return Optional.of("PID " + pid + commandLine(process).map(c -> ": " + c).orElse(""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Set<String> listeningInodes(int port) {
        String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals(LISTEN)) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or not readable: the holder stays unnamed
            }
        }
        return inodes;
    }

    private static boolean holdsAny(Path fds, Set<String> inodes) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
            for (Path fd : entries) {
                String target = readLink(fd);
                if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<String> commandLine(Path process) {
        try {
            String line = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
            return line.isEmpty() ? Optional.empty() : Optional.of(line.length() > 200
                    ? line.substring(0, 60) + " ... " + line.substring(line.length() - 140) : line);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

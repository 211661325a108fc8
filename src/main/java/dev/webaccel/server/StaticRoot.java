package dev.webaccel.server;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A directory served under a URL prefix. Resolves only regular files inside the directory: no listings,
 * and any path with {@code ..}, encoded dots or slashes, backslashes or NUL resolves to nothing.
 */
public final class StaticRoot {
    private static final Pattern SUSPICIOUS = Pattern.compile("(?i)(\\.\\.|%2e|%2f|%5c|%00|\\\\|\\x00)");
    private static final Map<String, String> MIME = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("wgsl", "text/wgsl; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("bin", "application/octet-stream"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final String prefix;
    private final Path directory;

    /**
     * @param prefix the URL prefix, "/" or e.g. "/wgsl/"
     */
    public StaticRoot(String prefix, Path directory) {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must start and end with '/': " + prefix);
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("static root " + directory + " is not a directory: run from the project"
                    + " directory or set -Dwebaccel.project.dir=<path to the webaccel checkout>");
        }
        this.prefix = prefix;
        try {
            this.directory = directory.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve static root " + directory, e);
        }
    }

    public String prefix() {
        return prefix;
    }

    /** The file a raw (still percent-encoded) request path names, if it is one this root may serve. */
    public Optional<Path> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(prefix) || SUSPICIOUS.matcher(rawPath).find()) {
            return Optional.empty();
        }
        String relative = URLDecoder.decode(rawPath.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (relative.isEmpty() || relative.startsWith("/")) {
            return Optional.empty();
        }
        Path candidate = directory.resolve(relative).normalize();
        if (!candidate.startsWith(directory) || !Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(directory) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MIME.getOrDefault(extension, "application/octet-stream");
    }
}

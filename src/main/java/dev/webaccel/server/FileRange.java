package dev.webaccel.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file of {@code size} bytes, from an HTTP {@code Range} header (RFC 9110, a single range:
 * {@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}). Several ranges in one request are not supported: the
 * page never asks for them.
 */
record FileRange(long first, long last, long size) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    long length() {
        return last - first + 1;
    }

    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    static FileRange whole(long size) {
        return new FileRange(0, size - 1, size);
    }

    /** The range the header asks for, clipped to the file; empty when it cannot be satisfied (416). */
    static Optional<FileRange> parse(String header, long size) {
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || size == 0 ? Optional.empty()
                        : Optional.of(new FileRange(Math.max(0, size - suffix), size - 1, size));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return first >= size || last < first ? Optional.empty() : Optional.of(new FileRange(first, last, size));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

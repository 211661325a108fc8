package dev.webaccel.protocol;

/** A console line from the page, kept up to {@link #MAX_CHARS} characters. */
public record LogLine(String run, String level, String text) implements Message {
    public static final int MAX_CHARS = 16 * 1024;

    public LogLine {
        Require.text(run, "run");
        level = level == null ? "info" : Printable.truncate(level, 16);
        text = text == null ? "" : Printable.truncate(text, MAX_CHARS);
    }
}

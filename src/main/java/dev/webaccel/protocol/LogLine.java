package dev.webaccel.protocol;

/** A console line from the page. */
public record LogLine(String run, String level, String text) implements Message {
    public LogLine {
        Require.text(run, "run");
        level = level == null ? "info" : level;
        text = text == null ? "" : text;
    }
}

package dev.webaccel.protocol;

/**
 * Text that came from outside (a page field, a URL, an error message) made safe for one log line or one stored
 * reason: control characters and Unicode line breaks are escaped, so CR/LF cannot forge log lines, and the text is
 * clipped, so one 4 MB field is not logged and stored in full.
 */
public final class Printable {
    /** What a log line or a refusal reason quotes of a page field. */
    public static final int QUOTE_CHARS = 200;

    private Printable() {
    }

    /** At most {@code max} characters of {@code text}, escaped, with the count of what was left out. */
    public static String clip(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 24);
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            escape(text.charAt(i), out);
        }
        if (i < text.length()) {
            out.append("… (").append(text.length() - i).append(" more chars)");
        }
        return out.toString();
    }

    /** At most {@code max} characters of {@code text}, unescaped (for storing), with the count of what was left out. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + (text.length() - max) + " more chars)";
    }

    /** A page field quoted in a message: clipped to {@link #QUOTE_CHARS}. */
    public static String quote(String text) {
        return clip(text, QUOTE_CHARS);
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}

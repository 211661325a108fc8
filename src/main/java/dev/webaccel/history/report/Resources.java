package dev.webaccel.history.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The text resources the HTML page inlines: its template, style, script, and ECharts from the webjar. */
final class Resources {
    static final String TEMPLATE = "/history/report/report.html";
    static final String CSS = "/history/report/report.css";
    static final String JS = "/history/report/report.js";
    /** org.webjars.npm:echarts (pom.xml): the minified browser build, inlined so the page needs no network. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    private Resources() {
    }

    static String text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path"
                        + (path.equals(ECHARTS) ? " (the org.webjars.npm:echarts dependency of pom.xml provides it)" : ""));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Script text safe to put between {@code <script>} and {@code </script>}: "&lt;/script" becomes "&lt;\/script",
     * which means the same inside JavaScript strings, regular expressions and comments.
     */
    static String inlineScript(String js) {
        return SCRIPT_END.matcher(js).replaceAll("<\\\\/$1");
    }
}

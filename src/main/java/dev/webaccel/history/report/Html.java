package dev.webaccel.history.report;

import java.util.List;

/** HTML text: escaping and small table markup for {@link HtmlRenderer}. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code <th>} cells of escaped header texts. */
    static String head(List<String> headers) {
        StringBuilder out = new StringBuilder("<thead><tr>");
        headers.forEach(h -> out.append("<th>").append(text(h)).append("</th>"));
        return out.append("</tr></thead>").toString();
    }

    static String td(String escapedHtml) {
        return "<td>" + escapedHtml + "</td>";
    }

    static String td(String cssClass, String escapedHtml) {
        return "<td class=\"" + cssClass + "\">" + escapedHtml + "</td>";
    }

    /** A cell with a main text and a smaller second line (the figure's N and method, a reason). */
    static String td2(String main, String detail) {
        return td(text(main) + (detail == null || detail.isBlank() ? "" : "<div class=\"detail\">" + text(detail)
                + "</div>"));
    }

    /** The empty-section message. */
    static String empty(String message) {
        return "<p class=\"empty\">" + text(message) + "</p>\n";
    }
}

package dev.webaccel.results;

import java.util.List;

/** RFC 4180 CSV: the one CSV writer of the project. */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    public Csv(List<String> header) {
        row(header);
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(String.valueOf(cells.get(i))));
        }
        out.append('\n');
        return this;
    }

    public static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

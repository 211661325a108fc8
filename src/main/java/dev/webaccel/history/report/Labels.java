package dev.webaccel.history.report;

import dev.webaccel.claims.Format;
import dev.webaccel.protocol.TimingMethod;
import java.util.Locale;

/** Text of figures shared by the HTML and markdown renderers: "-" where the database holds no figure. */
final class Labels {
    static final String NONE = "-";

    private Labels() {
    }

    static String ms(Double value) {
        return value == null ? NONE : Format.number(value) + " ms";
    }

    static String number(Double value) {
        return value == null ? NONE : Format.number(value);
    }

    static String ratio(Double value) {
        return value == null ? NONE : Format.ratio(value);
    }

    /** "[1.020, 1.130]", or "" when either bound is missing. */
    static String interval(Double low, Double high) {
        return low == null || high == null ? "" : Format.interval(low, high);
    }

    /** "12.3 [11.9, 12.8] ms", or without the interval when there is none (N too small for a 95% CI). */
    static String msWithCi(Double median, Double low, Double high) {
        if (median == null) {
            return NONE;
        }
        String ci = low == null || high == null ? "" : " [" + Format.number(low) + ", " + Format.number(high) + "]";
        return Format.number(median) + ci + " ms";
    }

    static String p(Double p) {
        return p == null ? NONE : Format.p(p);
    }

    /** A time reduction as a percentage with one decimal: "19.3%". */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** The timing method as people read it: the description of a known {@link TimingMethod}, else as stored. */
    static String method(String stored) {
        if (stored == null || stored.isBlank()) {
            return "timing method not recorded";
        }
        for (TimingMethod m : TimingMethod.values()) {
            if (m.name().equalsIgnoreCase(stored) || m.description().equals(stored)) {
                return m.description();
            }
        }
        return stored;
    }

    /** "N=10 · GPU timestamp-query (compute pass begin..end)": what every figure carries. */
    static String figure(int n, String method) {
        return "N=" + n + " · " + method(method);
    }

    static String runState(boolean complete) {
        return complete ? "complete" : "INCOMPLETE";
    }
}

package dev.webaccel.claims;

import java.util.Locale;

/** Number formatting shared by labels, reasons and tables. */
public final class Format {
    private Format() {
    }

    /** Up to 4 significant digits, no exponent for everyday timing values. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(x);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String ratio(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3f", x) : number(x);
    }

    public static String interval(double lower, double upper) {
        return "[" + ratio(lower) + ", " + ratio(upper) + "]";
    }

    /** "p=0.0123" or "p<0.0001", for prose. */
    public static String pClause(double p) {
        String v = p(p);
        return v.startsWith("<") ? "p" + v : "p=" + v;
    }

    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}

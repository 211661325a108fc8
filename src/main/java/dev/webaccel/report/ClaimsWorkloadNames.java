package dev.webaccel.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How case ids become the workload and variant names of claims/guide-claims.json:
 * <ul>
 *   <li>{@code logmel-fft-5s-chirp} → workload {@code logmel-5s}, variant {@code optimized}; {@code logmel-dft-…} →
 *   {@code baseline} (docs/KERNELS.md: the mixed-radix FFT is the optimized spectrum, the direct DFT the baseline;
 *   the input signal does not enter the name);</li>
 *   <li>{@code matmul-tiled-512x512x512} → workload {@code matmul-512}, variant {@code tiled} (square sizes only);</li>
 *   <li>an id ending in {@code -precompile-on|off} keeps that suffix as its variant;</li>
 *   <li>anything else: workload = case id, variant "".</li>
 * </ul>
 */
public final class ClaimsWorkloadNames {
    private static final Pattern LOGMEL = Pattern.compile("logmel-(fft|dft)-(\\d+(?:\\.\\d+)?)s(?:-.*)?");
    private static final Pattern MATMUL = Pattern.compile("matmul-([a-z0-9_]+)-(\\d+)x(\\d+)x(\\d+)(?:-(precompile-(?:on|off)))?");

    /** A claims-file workload name and variant. */
    public record Name(String workload, String variant) {
    }

    private ClaimsWorkloadNames() {
    }

    public static Name of(String caseId) {
        Matcher logmel = LOGMEL.matcher(caseId);
        if (logmel.matches()) {
            return new Name("logmel-" + logmel.group(2) + "s", logmel.group(1).equals("fft") ? "optimized" : "baseline");
        }
        Matcher matmul = MATMUL.matcher(caseId);
        if (matmul.matches() && matmul.group(2).equals(matmul.group(3)) && matmul.group(3).equals(matmul.group(4))) {
            String variant = matmul.group(5) != null ? matmul.group(5) : matmul.group(1);
            return new Name("matmul-" + matmul.group(2), variant);
        }
        return new Name(caseId, "");
    }
}

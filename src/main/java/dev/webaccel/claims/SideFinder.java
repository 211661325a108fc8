package dev.webaccel.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the single measurement for each side of a claim, or says in words why there is none. */
final class SideFinder {

    /** Either both measurements, or a reason why the claim cannot be judged. */
    record Pair(Measurement a, Measurement b, String problem) {
        boolean found() {
            return problem == null;
        }
    }

    private SideFinder() {
    }

    static Pair find(Claim claim, List<Measurement> measurements) {
        List<Measurement> relevant = measurements.stream().filter(claim::appliesTo).toList();
        List<Measurement> as = relevant.stream().filter(claim.a()::matches).toList();
        List<Measurement> bs = relevant.stream().filter(claim.b()::matches).toList();
        if (as.isEmpty() || bs.isEmpty()) {
            return new Pair(first(as), first(bs), missing(claim, as.isEmpty(), bs.isEmpty(), measurements));
        }
        if (as.size() > 1 || bs.size() > 1) {
            // Several configurations (e.g. one per adapter): keep only adapters both sides ran on.
            Set<String> adaptersA = adapters(as);
            Set<String> adaptersB = adapters(bs);
            List<Measurement> sharedA = as.stream().filter(m -> adaptersB.contains(m.adapter())).toList();
            List<Measurement> sharedB = bs.stream().filter(m -> adaptersA.contains(m.adapter())).toList();
            if (sharedA.size() == 1 && sharedB.size() == 1) {
                return new Pair(sharedA.get(0), sharedB.get(0), null);
            }
            String which = as.size() > 1 ? "A" : "B";
            List<Measurement> many = as.size() > 1 ? as : bs;
            return new Pair(null, null, many.size() + " measurements match " + which + " ("
                    + (as.size() > 1 ? claim.a() : claim.b()).describe() + "): "
                    + many.stream().map(Measurement::label).collect(Collectors.joining("; "))
                    + "; add an adapter selector to the claim or measure one configuration");
        }
        return new Pair(as.get(0), bs.get(0), null);
    }

    private static String missing(Claim claim, boolean aMissing, boolean bMissing, List<Measurement> all) {
        List<String> browsersAbsent = new ArrayList<>();
        List<String> casesAbsent = new ArrayList<>();
        for (Selector s : bothOrOne(claim, aMissing, bMissing)) {
            String side = s == claim.a() ? "A" : "B";
            if (s.browser() != null && all.stream().noneMatch(m -> m.browser().equalsIgnoreCase(s.browser()))) {
                browsersAbsent.add("no " + s.browser() + " measurement: browser absent or not run");
            } else {
                casesAbsent.add(side + " (" + s.describe() + ")");
            }
        }
        if (!casesAbsent.isEmpty()) {
            browsersAbsent.add("no measurement for " + String.join(" nor ", casesAbsent) + " of " + claim.workload()
                    + " / " + claim.metric() + ": case not run, backend unavailable or it fell back to another backend");
        }
        return String.join("; ", browsersAbsent.stream().distinct().toList());
    }

    private static List<Selector> bothOrOne(Claim claim, boolean aMissing, boolean bMissing) {
        List<Selector> sides = new ArrayList<>();
        if (aMissing) {
            sides.add(claim.a());
        }
        if (bMissing) {
            sides.add(claim.b());
        }
        return sides;
    }

    private static Set<String> adapters(List<Measurement> ms) {
        return ms.stream().map(Measurement::adapter).collect(Collectors.toSet());
    }

    private static Measurement first(List<Measurement> ms) {
        return ms.size() == 1 ? ms.get(0) : null;
    }
}

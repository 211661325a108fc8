package dev.webaccel.workload;

import dev.webaccel.measure.TimingSpec;
import java.util.Optional;

/**
 * The test setting {@code -Dtest.slowdown=<case-id-prefix>:<factor>}: every case whose id starts with the prefix
 * runs each counted operation {@code factor} times in the page ({@link TimingSpec#slowdown()}), so a run can be made
 * genuinely slower to show that regression detection flags it.
 */
public record TestSlowdown(String caseIdPrefix, int factor) {

    public TestSlowdown {
        if (caseIdPrefix.isBlank()) {
            throw new IllegalArgumentException("test.slowdown needs a case id prefix before ':'");
        }
        if (factor < 2 || factor > TimingSpec.MAX_SLOWDOWN) {
            throw new IllegalArgumentException("test.slowdown factor must be in 2.." + TimingSpec.MAX_SLOWDOWN
                    + ", was " + factor);
        }
    }

    /** Parses {@code prefix:factor}, e.g. {@code matmul_tiled-128:3}; empty for no setting. */
    public static Optional<TestSlowdown> parse(Optional<String> setting) {
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        String value = setting.get();
        int colon = value.lastIndexOf(':');
        try {
            if (colon < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(new TestSlowdown(value.substring(0, colon).trim(),
                    Integer.parseInt(value.substring(colon + 1).trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dtest.slowdown=" + value + " is not <case-id-prefix>:<factor>, e.g. "
                    + "-Dtest.slowdown=matmul_tiled-128:3");
        }
    }

    /** The plan with every matching case slowed down; unchanged when nothing matches. */
    public Plan apply(Plan plan) {
        Plan slowed = plan;
        for (KernelCase c : plan.cases()) {
            if (c.id().startsWith(caseIdPrefix)) {
                slowed = slowed.withTiming(c.id(), plan.timingOf(c.id()).withSlowdown(factor));
            }
        }
        return slowed;
    }
}

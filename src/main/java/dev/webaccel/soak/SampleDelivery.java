package dev.webaccel.soak;

import dev.webaccel.channel.Run;
import dev.webaccel.protocol.Sample;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run received of the samples its page sent, counted on the run (not on the harness's per-case view, which
 * would hide a sample filed under another case): samples of its own case, distinct (phase, index) among them,
 * samples naming any other case (misrouted), and messages the run refused.
 *
 * @param expected samples the page was to send for {@code caseId}
 */
public record SampleDelivery(String runId, String caseId, int expected, int received, int distinct, int foreign,
                             long refused) {

    public static SampleDelivery of(Run run, String caseId, int expected) {
        List<Sample> samples = run.messagesOf(Sample.class);
        Set<String> keys = new HashSet<>();
        int own = 0;
        for (Sample s : samples) {
            if (s.caseId().equals(caseId)) {
                own++;
                keys.add(s.phase().name() + "#" + s.index());
            }
        }
        return new SampleDelivery(run.id(), caseId, expected, own, keys.size(), samples.size() - own,
                run.refusedCount());
    }

    /** Every sample arrived once, on its own run, and nothing was refused. */
    public boolean complete() {
        return received == expected && distinct == expected && foreign == 0 && refused == 0;
    }

    public String summary() {
        return "run " + runId + " (" + caseId + "): " + received + "/" + expected + " samples, " + distinct
                + " distinct indexes, " + foreign + " of other cases, " + refused + " refused";
    }
}

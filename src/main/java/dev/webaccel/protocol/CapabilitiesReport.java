package dev.webaccel.protocol;

/** The page's capabilities, plus the raw JSON as sent (attached to reports verbatim). */
public record CapabilitiesReport(String run, Capabilities capabilities, String rawJson) implements Message {
    public CapabilitiesReport {
        Require.text(run, "run");
        Require.present(capabilities, "capabilities");
        rawJson = rawJson == null ? "" : rawJson;
    }
}

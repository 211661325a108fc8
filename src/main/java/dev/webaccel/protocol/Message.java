package dev.webaccel.protocol;

/** A message from the harness page. One immutable record per type; {@link ProtocolCodec} maps JSON to them. */
public sealed interface Message permits Hello, CapabilitiesReport, Sample, CaseResult, LogLine, PageError, Done {
    int VERSION = 1;

    /** The run this message belongs to. */
    String run();
}

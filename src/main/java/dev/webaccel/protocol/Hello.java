package dev.webaccel.protocol;

/** First message of a page: it has connected and is ready for its plan. */
public record Hello(String run, String userAgent) implements Message {
    public Hello {
        Require.text(run, "run");
        userAgent = userAgent == null ? "" : userAgent;
    }
}

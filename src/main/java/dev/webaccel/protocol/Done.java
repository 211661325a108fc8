package dev.webaccel.protocol;

/** The page has finished the plan. */
public record Done(String run, int casesRun) implements Message {
    public Done {
        Require.text(run, "run");
    }
}

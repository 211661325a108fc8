package dev.webaccel.channel;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The runs the server knows. Each gets a random id and an unguessable token. */
public final class RunRegistry {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final RunLimits limits;

    public RunRegistry() {
        this(RunLimits.DEFAULT);
    }

    public RunRegistry(RunLimits limits) {
        this.limits = limits;
    }

    /**
     * @param planJsonForRun writes the plan message for the new run's id (the plan names its run)
     */
    public Run create(Function<String, String> planJsonForRun, Map<String, byte[]> blobs) {
        return create(planJsonForRun, blobs, Map.of());
    }

    /** @param files files the run's page may fetch by name (model weights), streamed from disk */
    public Run create(Function<String, String> planJsonForRun, Map<String, byte[]> blobs, Map<String, Path> files) {
        String id = randomHex(8);
        Run run = new Run(id, randomHex(16), planJsonForRun.apply(id), blobs, files, limits);
        runs.put(run.id(), run);
        return run;
    }

    public Optional<Run> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(runs.get(id));
    }

    public void remove(String id) {
        runs.remove(id);
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

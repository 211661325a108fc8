package dev.webaccel.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.results.Environment;
import dev.webaccel.results.Machine;
import dev.webaccel.results.Workload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stable identities for the history: two records share an environment id only when browser, exact version,
 * adapter label, adapter evidence (info, fallback flag, sorted features and limits), backend, threads and the
 * machine (host, cores) agree; a workload id changes with any parameter, the kernel or the graph size, so a changed
 * shape starts a new series instead of looking like a regression.
 */
final class Fingerprints {
    static final String SLOWDOWN = "slowdown";
    static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Fingerprints() {
    }

    static String environmentId(Environment e, Machine m) {
        return "env-" + hash(json(List.of(e.browser(), e.browserVersion(), e.adapter(), adapterEvidence(e),
                e.backend().id(), String.valueOf(e.threads()), m.host(), m.cores())));
    }

    /**
     * A deliberately slowed case ({@code -Dtest.slowdown}) is the plain workload's id plus {@code -slowed<k>x}: its
     * own series (never pooled with, or a baseline for, the plain one) that {@link #plainWorkloadId} maps back to
     * the plain workload, so that it is compared with the plain baseline and flagged.
     */
    static String workloadId(Workload w) {
        Map<String, Object> params = new TreeMap<>(w.params());
        Object slowdown = params.remove(SLOWDOWN);
        String variant = slowdown == null ? w.variant() : w.variant().replace(" (slowed " + slowdown + "x)", "");
        String id = w.caseId() + "-" + hash(json(List.of(w.op().id(), w.name(), variant, params,
                String.valueOf(w.kernel()), w.nodes()))).substring(0, 8);
        return slowdown == null ? id : id + "-slowed" + slowdown + "x";
    }

    static String plainWorkloadId(String workloadId) {
        return workloadId.replaceFirst("-slowed\\d+x$", "");
    }

    /** What the page said about the adapter: the evidence behind the label (Firefox leaves adapter.info empty). */
    static String adapterEvidence(Environment e) {
        Capabilities c = e.capabilities();
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (c == null) {
            return json(evidence);
        }
        Capabilities.WebGpu gpu = c.webgpu();
        evidence.put("available", gpu.available());
        evidence.put("adapter", gpu.adapter());
        evidence.put("features", sorted(gpu.features()));
        evidence.put("limits", new TreeMap<>(gpu.limits()));
        return json(evidence);
    }

    static String features(Environment e) {
        return json(e.capabilities() == null ? List.of() : sorted(e.capabilities().webgpu().features()));
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

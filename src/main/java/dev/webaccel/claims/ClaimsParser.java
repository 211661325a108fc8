package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strict reader of the claims JSON: unknown fields are errors, so a typo cannot silently widen a selector. */
final class ClaimsParser {
    private static final Set<String> TOP_FIELDS = Set.of("guide", "convention", "claims");
    private static final Set<String> CLAIM_FIELDS =
            Set.of("id", "statement", "source", "metric", "workload", "compare", "expected");
    private static final Set<String> COMPARE_FIELDS = Set.of("a", "b");
    private static final Set<String> EXPECTED_FIELDS = Set.of("min", "max", "nominal", "derivation");

    private final String origin;

    ClaimsParser(String origin) {
        this.origin = origin;
    }

    ClaimsFile parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ClaimsFileException("claims file " + origin + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("the top level must be a JSON object with a 'claims' array");
        }
        checkFields(root, TOP_FIELDS, "", "the top level");
        JsonNode array = root.get("claims");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw fail("field 'claims' must be a non-empty array");
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Claim claim = claim(array.get(i), i);
            Integer previous = seen.putIfAbsent(claim.id(), i);
            if (previous != null) {
                throw fail("claim id '" + claim.id() + "' appears twice (claims[" + previous + "] and claims[" + i
                        + "]); ids must be unique");
            }
            claims.add(claim);
        }
        return new ClaimsFile(root.path("guide").asText(""), claims);
    }

    private Claim claim(JsonNode node, int index) {
        String where = "claims[" + index + "]";
        if (!node.isObject()) {
            throw fail(where + " must be an object");
        }
        String id = text(node, "id", where);
        String claim = "claim '" + id + "'";
        checkFields(node, CLAIM_FIELDS, "", claim);
        JsonNode compare = object(node, "compare", "", claim);
        checkFields(compare, COMPARE_FIELDS, "compare.", claim);
        Selector a = selector(compare, "a", claim);
        Selector b = selector(compare, "b", claim);
        if (a.equals(b)) {
            throw fail(claim + ": fields 'compare.a' and 'compare.b' select the same measurements");
        }
        return new Claim(id, text(node, "statement", claim), text(node, "source", claim), text(node, "metric", claim),
                text(node, "workload", claim), a, b, expected(node, claim));
    }

    private Selector selector(JsonNode compare, String side, String claim) {
        String field = "compare." + side;
        JsonNode node = object(compare, side, "compare.", claim);
        checkFields(node, Set.copyOf(Selector.FIELDS), field + ".", claim);
        Backend backend = null;
        String backendText = optionalText(node, "backend", field, claim);
        if (backendText != null) {
            try {
                backend = Backend.parse(backendText);
            } catch (IllegalArgumentException e) {
                throw fail(claim + ": field '" + field + ".backend': unknown backend '" + backendText + "' (known: "
                        + Backend.known() + ")");
            }
        }
        Selector selector = new Selector(optionalText(node, "browser", field, claim), backend,
                optionalText(node, "variant", field, claim), optionalText(node, "adapter", field, claim));
        if (selector.isEmpty()) {
            throw fail(claim + ": field '" + field + "' selects nothing; give at least one of "
                    + String.join(", ", Selector.FIELDS));
        }
        return selector;
    }

    private ExpectedRange expected(JsonNode node, String claim) {
        JsonNode expected = object(node, "expected", "", claim);
        checkFields(expected, EXPECTED_FIELDS, "expected.", claim);
        double min = number(expected, "min", claim);
        double max = number(expected, "max", claim);
        if (!(min > 0)) {
            throw fail(claim + ": field 'expected.min' must be > 0 (a ratio of times), was " + min);
        }
        if (min > max) {
            throw fail(claim + ": fields 'expected.min' and 'expected.max' are not ordered: min " + min + " > max "
                    + max);
        }
        double nominal = expected.has("nominal") ? number(expected, "nominal", claim) : Double.NaN;
        if (!Double.isNaN(nominal) && (nominal < min || nominal > max)) {
            throw fail(claim + ": field 'expected.nominal' " + nominal + " is outside [" + min + ", " + max + "]");
        }
        String derivation = expected.has("derivation") ? text(expected, "derivation", "expected.", claim)
                : "";
        return new ExpectedRange(min, max, nominal, derivation);
    }

    private String text(JsonNode node, String field, String where) {
        return text(node, field, "", where);
    }

    private String text(JsonNode node, String field, String prefix, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(where + ": field '" + prefix + field + "' is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail(where + ": field '" + prefix + field + "' must be a non-empty string, was " + value);
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String field, String prefix, String claim) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail(claim + ": field '" + prefix + "." + field + "' must be a non-empty string, was " + value);
        }
        return value.asText();
    }

    private double number(JsonNode node, String field, String claim) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(claim + ": field 'expected." + field + "' is missing");
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw fail(claim + ": field 'expected." + field + "' must be a finite number, was " + value);
        }
        return value.asDouble();
    }

    private JsonNode object(JsonNode node, String field, String prefix, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(where + ": field '" + prefix + field + "' is missing");
        }
        if (!value.isObject()) {
            throw fail(where + ": field '" + prefix + field + "' must be an object, was " + value);
        }
        return value;
    }

    private void checkFields(JsonNode node, Set<String> allowed, String prefix, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(where + ": unknown field '" + prefix + name + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private ClaimsFileException fail(String message) {
        return new ClaimsFileException("claims file " + origin + ": " + message);
    }
}

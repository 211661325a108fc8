package dev.webaccel.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * The one JSON mapper of the protocol. Turns page messages into {@link Message} records and refuses,
 * with a reason, anything malformed, oversized, of an unknown version or type, or missing fields.
 */
public final class ProtocolCodec {
    /** 64 MiB of text: a 2048x2048 float32 output in base64 is 22 MiB. */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

    private static final Map<String, Class<? extends Message>> TYPES = Map.of(
            "hello", Hello.class,
            "sample", Sample.class,
            "case-result", CaseResult.class,
            "log", LogLine.class,
            "error", PageError.class,
            "done", Done.class);

    private final ObjectMapper mapper;
    private final int maxChars;

    public ProtocolCodec() {
        this(DEFAULT_MAX_CHARS);
    }

    public ProtocolCodec(int maxChars) {
        this.maxChars = maxChars;
        // Jackson's own limit on one string (20 M chars by default) would refuse big base64 tensors below ours.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxChars).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public int maxChars() {
        return maxChars;
    }

    public Message decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new ProtocolException("empty message");
        }
        if (text.length() > maxChars) {
            throw new ProtocolException("message of " + text.length() + " chars exceeds the limit of " + maxChars);
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolException("message is not a JSON object");
        }
        JsonNode version = node.get("v");
        if (version == null || !version.isInt() || version.intValue() != Message.VERSION) {
            throw new ProtocolException("unsupported protocol version " + version + " (this build speaks v" + Message.VERSION + ")");
        }
        String type = node.path("type").asText("");
        if (type.equals("capabilities")) {
            return decodeCapabilities(node);
        }
        Class<? extends Message> target = TYPES.get(type);
        if (target == null) {
            throw new ProtocolException("unknown message type '" + type + "'");
        }
        return convert(node, target, type);
    }

    private Message decodeCapabilities(JsonNode node) {
        Capabilities capabilities = convert(node.get("capabilities"), Capabilities.class, "capabilities");
        return new CapabilitiesReport(node.path("run").asText(null), capabilities, String.valueOf(node.get("capabilities")));
    }

    private <T> T convert(JsonNode node, Class<T> target, String type) {
        if (node == null || node.isNull()) {
            throw new ProtocolException("'" + type + "' message lacks its body");
        }
        try {
            return mapper.treeToValue(node, target);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProtocolException("invalid '" + type + "' message: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** Serialises an outbound object (the plan) to JSON. */
    public String encode(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}

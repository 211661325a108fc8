package dev.webaccel.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
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
    /** The most a refusal reason keeps of a parser's or a record's message. */
    static final int REASON_CHARS = 500;

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
                // {"v":2,"v":1} or two "run" keys would otherwise be read as their last value.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A number is a JSON number: "3" is not 3, and 2.5 is not the int 2.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // One message, one object: "{...}{...}" or "{...} junk" is refused, not half-read.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public int maxChars() {
        return maxChars;
    }

    public Message decode(String text) {
        return read(text).message();
    }

    /** Decodes a message with its sequence number, which a reconnecting page uses to resend only what was lost. */
    public Received read(String text) {
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
            throw new ProtocolException("not valid JSON: " + Printable.clip(e.getOriginalMessage(), REASON_CHARS));
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolException("message is not a JSON object");
        }
        JsonNode version = node.get("v");
        if (version == null || !version.isInt() || version.intValue() != Message.VERSION) {
            throw new ProtocolException("unsupported protocol version " + Printable.quote(String.valueOf(version))
                    + " (this build speaks v" + Message.VERSION + ")");
        }
        return new Received(message(node), sequence(node.get("seq")));
    }

    private Message message(JsonNode node) {
        String type = node.path("type").asText("");
        if (type.equals("capabilities")) {
            return decodeCapabilities(node);
        }
        Class<? extends Message> target = TYPES.get(type);
        if (target == null) {
            throw new ProtocolException("unknown message type '" + Printable.quote(type) + "'");
        }
        return convert(node, target, type);
    }

    private static long sequence(JsonNode seq) {
        if (seq == null || seq.isNull()) {
            return 0;
        }
        if (!seq.canConvertToLong() || !seq.isIntegralNumber() || seq.longValue() < 1) {
            throw new ProtocolException("field 'seq' must be an integer >= 1, was " + Printable.quote(seq.toString()));
        }
        return seq.longValue();
    }

    private Message decodeCapabilities(JsonNode node) {
        Capabilities capabilities = convert(node.get("capabilities"), Capabilities.class, "capabilities", null);
        JsonNode run = node.get("run");
        try {
            return new CapabilitiesReport(run != null && run.isTextual() ? run.textValue() : null, capabilities,
                    String.valueOf(node.get("capabilities")));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("invalid 'capabilities' message: " + e.getMessage());
        }
    }

    private Message convert(JsonNode node, Class<? extends Message> target, String type) {
        JsonNode caseId = node.get("caseId");
        return convert(node, target, type, caseId != null && caseId.isTextual() ? caseId.textValue() : null);
    }

    /** @param caseId the case the message names, so a refusal can be reported on that case; null if none */
    private <T> T convert(JsonNode node, Class<T> target, String type, String caseId) {
        if (node == null || node.isNull()) {
            throw new ProtocolException("'" + type + "' message lacks its body");
        }
        try {
            return mapper.treeToValue(node, target);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String forCase = caseId == null ? "" : " for case '" + Printable.quote(caseId) + "'";
            // Only a refused case-result stands in for its case's result; a refused sample is one sample less.
            throw new ProtocolException("invalid '" + type + "' message" + forCase + ": "
                    + Printable.clip(rootMessage(e), REASON_CHARS), type.equals("case-result") ? caseId : null);
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

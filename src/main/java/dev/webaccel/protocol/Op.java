package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The operations the page can run, as the page's op registry names them ({@code web-assets/js/vocabulary.js OPS};
 * {@code VocabularyTest} checks that the two lists agree).
 */
public enum Op {
    ATTENTION("attention"),
    CONV1D("conv1d"),
    CONV2D_PATCH("conv2d_patch"),
    ELEMENTWISE("elementwise"),
    LAYERNORM("layernorm"),
    LOGMEL("logmel"),
    MATMUL("matmul"),
    PROBE("probe"),
    QMATMUL("qmatmul"),
    SOFTMAX("softmax");

    private final String id;

    Op(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Op parse(String text) {
        for (Op op : values()) {
            if (op.id.equals(text)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown op '" + text + "' (known: "
                + Arrays.stream(values()).map(Op::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}

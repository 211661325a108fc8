package dev.webaccel.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The operations the page can run, as the page's op registry names them ({@code web-assets/js/vocabulary.js OPS};
 * {@code VocabularyTest} checks that the two lists agree).
 */
public enum Op implements Spelled {
    ATTENTION("attention"),
    CONCAT("concat"),
    CONV1D("conv1d"),
    CONV2D_PATCH("conv2d_patch"),
    ELEMENTWISE("elementwise"),
    GATHER("gather"),
    GROUPNORM("groupnorm"),
    LAYERNORM("layernorm"),
    LINEAR("linear"),
    LOGMEL("logmel"),
    MATMUL("matmul"),
    MHA("mha"),
    PROBE("probe"),
    QMATMUL("qmatmul"),
    RMSNORM("rmsnorm"),
    ROPE("rope"),
    SOFTMAX("softmax"),
    TRANSPOSE("transpose"),
    WEIGHTNORM("weightnorm");

    private final String id;

    Op(String id) {
        this.id = id;
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static Op parse(String text) {
        return Spelled.parse(Op.class, text, "op");
    }

    @Override
    public String toString() {
        return id;
    }
}

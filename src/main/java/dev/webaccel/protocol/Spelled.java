package dev.webaccel.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum of the shared vocabulary, spelled as the page spells it ({@code web-assets/js/vocabulary.js}). */
public interface Spelled {
    String id();

    /**
     * The constant spelled {@code text}, or an IllegalArgumentException "field 'phase' must be one of cold, warmup,
     * timed; was 'lukewarm'" naming every spelling.
     */
    static <E extends Enum<E> & Spelled> E parse(Class<E> type, String text, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("field '" + field + "' must be one of " + known(type) + "; was '" + text + "'");
    }

    static <E extends Enum<E> & Spelled> String known(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Spelled::id).collect(Collectors.joining(", "));
    }
}

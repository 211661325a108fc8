package dev.webaccel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.annotations.Test;

/** The page's vocabulary (web-assets/js/vocabulary.js) and Java's enums name the same things. */
@Test(groups = "unit")
public class VocabularyTest {
    private static final Path VOCABULARY = Path.of(System.getProperty("webaccel.project.dir", "."),
            "web-assets/js/vocabulary.js");

    public void opsAgree() throws IOException {
        assertThat(page("OPS")).as("OPS in " + VOCABULARY).containsExactlyInAnyOrderElementsOf(ids(Op.values(), Op::id));
    }

    public void backendsAgree() throws IOException {
        List<String> java = new ArrayList<>(ids(Backend.values(), Backend::id));
        java.remove(Backend.WASM.id()); // the claims' family name; the page never reports it
        assertThat(page("BACKENDS")).as("BACKENDS in " + VOCABULARY).containsExactlyInAnyOrderElementsOf(java);
    }

    public void phasesAndStatusesAgree() throws IOException {
        assertThat(page("PHASES")).containsExactlyInAnyOrderElementsOf(ids(Phase.values(), Phase::id));
        assertThat(page("STATUSES")).containsExactlyInAnyOrderElementsOf(ids(CaseStatus.values(), CaseStatus::id));
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }

    /** The quoted strings of {@code export const NAME = Object.freeze([...]);}. */
    private static List<String> page(String name) throws IOException {
        String js = Files.readString(VOCABULARY);
        Matcher m = Pattern.compile("export const " + name + "\\s*=\\s*Object\\.freeze\\(\\[([^\\]]*)\\]\\)").matcher(js);
        assertThat(m.find()).as("export const " + name + " = Object.freeze([...]) in " + VOCABULARY).isTrue();
        List<String> out = new ArrayList<>();
        Matcher item = Pattern.compile("'([^']*)'").matcher(m.group(1));
        while (item.find()) {
            out.add(item.group(1));
        }
        return out;
    }
}

package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.WeightFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The model graphs the page runs, checked in Java before any browser: every weight the graph reads exists in the
 * family's model.safetensors with the shape the config implies (and nothing unread is left over), and the graph
 * evaluated on the Java op references reproduces what transformers computed.
 */
@Test(groups = "unit")
public class GoldenGraphsTest {
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    @DataProvider
    public Object[][] families() {
        return GoldenModels.FAMILIES.stream().map(f -> new Object[] {f}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "families")
    public void theGraphReadsExactlyTheTensorsOfTheFile(String family) {
        GoldenModels.Golden golden = GoldenModels.load(PROJECT, family);
        WeightFile file = golden.graph().weights();
        Map<String, long[]> inFile = new HashMap<>();
        Safetensors.open(file.path()).tensors().forEach(t -> inFile.put(t.name(), t.shape()));
        for (WeightFile.WeightTensor t : file.tensors()) {
            assertThat(inFile).as(family + " file holds " + t.name()).containsKey(t.name());
            assertThat(inFile.get(t.name())).as(t.name()).containsExactly(t.shape().stream().mapToLong(x -> x).toArray());
        }
        assertThat(file.tensors().size() + file.ignored().size()).as(family + ": tensors read + ignored")
                .isEqualTo(inFile.size());
    }

    @Test(dataProvider = "families")
    public void theGraphOnTheJavaReferencesReproducesTransformers(String family) {
        GoldenModels.Golden golden = GoldenModels.load(PROJECT, family);
        float[] actual = GraphInterpreter.run(golden.graph(), golden.weights());
        float[] expected = golden.expected();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            // double accumulation vs PyTorch's f32: measured at most 3.8e-6 (llama logits of |x| <= 4.5)
            assertThat((double) actual[i]).as(family + " output " + i).isCloseTo(expected[i],
                    org.assertj.core.data.Offset.offset(2e-5 + 1e-5 * Math.abs(expected[i])));
        }
    }
}

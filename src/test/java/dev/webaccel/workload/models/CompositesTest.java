package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.WeightFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.testng.annotations.Test;

/**
 * The composites' graphs against their composed Java references, before any browser: each component file holds
 * exactly what the graph reads plus what it declares unused, and the graph on the op references equals the
 * reference composed from reference.models.
 */
@Test(groups = "unit")
public class CompositesTest {
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    public void llavaReadsThreeComponentsAndMatchesItsReference() throws Exception {
        KernelCase llava = Composites.llava(PROJECT, Files.createTempDirectory("llava"));
        assertThat(llava.weights()).extracting(WeightFile::id)
                .containsExactly("llava.vision", "llava.projector", "llava.decoder");
        assertGraphMatchesReference(llava);
    }

    public void clapReadsThreeComponentsAndMatchesItsReference() throws Exception {
        KernelCase clap = Composites.clap(PROJECT, Files.createTempDirectory("clap"));
        assertThat(clap.weights()).extracting(WeightFile::id)
                .containsExactly("clap.audio", "clap.text", "clap.projections");
        assertGraphMatchesReference(clap);
    }

    private static void assertGraphMatchesReference(KernelCase llava) {
        Map<String, float[]> weights = new HashMap<>();
        for (WeightFile file : llava.weights()) {
            Safetensors st = Safetensors.open(file.path());
            assertThat(file.tensors().size() + file.ignored().size()).as(file.id()).isEqualTo(st.tensors().size());
            file.tensors().forEach(t -> weights.put(t.name(), st.readF32(t.name())));
        }
        ModelGraph graph = new ModelGraph("llava", llava.nodes(), llava.inputs(), llava.weights(), java.util.List.of());
        float[] viaGraph = GraphInterpreter.run(graph, weights);
        float[] reference = llava.expected();
        assertThat(viaGraph).hasSameSizeAs(reference);
        for (int i = 0; i < reference.length; i++) {
            assertThat((double) viaGraph[i]).as("logit " + i).isCloseTo(reference[i], Offset.offset(1e-5));
        }
    }
}

package dev.webaccel.workload.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.webaccel.protocol.Op;
import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.GroupNorm;
import dev.webaccel.reference.Transpose;
import dev.webaccel.reference.WeightNorm;
import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.SeededRandom;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/**
 * The audio ops as a model graph uses them (wav2vec2's shape, in small): GraphBuilder's nodes carry the page's
 * params, and GraphInterpreter runs them on the same references one would call by hand.
 */
@Test(groups = "unit")
public class AudioGraphOpsTest {
    private static final Conv1d.Shape FEATURES = new Conv1d.Shape(1, 50, 8, 10, 5, 0, 1, 0);
    private static final Conv1d.Shape POSITIONS = new Conv1d.Shape(8, 9, 8, 4, 1, 2, 4, 1);

    public void featureConvGroupNormTransposeAndPositionalConvMatchTheReferences() {
        SeededRandom random = new SeededRandom(5);
        float[] audio = random.uniform(50, -1f, 1f);
        Map<String, float[]> weights = Map.of(
                "conv0.weight", random.uniform(FEATURES.weightLength(), -0.3f, 0.3f),
                "gn.weight", random.uniform(8, 0.5f, 1.5f), "gn.bias", random.uniform(8, -0.5f, 0.5f),
                "pos.weight_g", random.uniform(4, 0.5f, 2f), "pos.weight_v", random.uniform(POSITIONS.weightLength(), -1f, 1f),
                "pos.bias", random.uniform(8, -0.1f, 0.1f));

        GraphBuilder b = new GraphBuilder();
        String x = b.input(InputTensor.f32("audio", audio, 1, 50));
        String conv = b.conv1d(x, b.weight("conv0.weight", 8, 1, 10), null, FEATURES, false);
        String norm = b.groupNorm(conv, 8, 9, 8, "gn", 1e-5);
        String tokens = b.transpose(norm, 8, 9);
        String back = b.transpose(tokens, 9, 8);
        String w = b.weightNorm(b.weight("pos.weight_g", 1, 1, 4), b.weight("pos.weight_v", 8, 2, 4), 16, 4, 1);
        b.conv1d(back, w, b.weight("pos.bias", 8), POSITIONS, true);
        List<GraphNode> nodes = b.nodes();
        assertThat(nodes).extracting(GraphNode::op).containsExactly(Op.CONV1D, Op.GROUPNORM, Op.TRANSPOSE, Op.TRANSPOSE,
                Op.WEIGHTNORM, Op.CONV1D);
        assertThat(nodes.get(0).inputs()).doesNotContainKey("bias");
        assertThat(nodes.get(0).shape()).containsExactly(8, 9);
        assertThat(nodes.get(2).shape()).containsExactly(9, 8);
        assertThat(nodes.get(5).params()).containsEntry("groups", 4).containsEntry("trim", 1).containsEntry("gelu", true);
        assertThat(nodes.get(5).shape()).containsExactly(8, 9);

        ModelGraph graph = new ModelGraph("audio", nodes, b.inputs(), b.weightFile("audio", Path.of("unused"), List.of()),
                List.of(new ModelGraph.OutputPart("out", List.of(8, 9))));
        float[] got = GraphInterpreter.run(graph, weights);

        float[] h = Conv1d.apply(audio, weights.get("conv0.weight"), new float[8], 1, 50, 8, 10, 5, 0, false);
        h = GroupNorm.normalize(h, 8, 9, 8, weights.get("gn.weight"), weights.get("gn.bias"), 1e-5);
        h = Transpose.apply(Transpose.apply(h, 8, 9), 9, 8);
        float[] wn = WeightNorm.apply(weights.get("pos.weight_g"), weights.get("pos.weight_v"), new int[] {8, 2, 4}, 2);
        float[] full = Conv1d.grouped(h, wn, weights.get("pos.bias"), 8, 9, 8, 4, 1, 2, 4);
        float[] want = new float[8 * 9];
        for (int o = 0; o < 8; o++) {
            for (int t = 0; t < 9; t++) {
                want[o * 9 + t] = (float) Elementwise.geluErf(full[o * 10 + t]);
            }
        }
        assertThat(got).containsExactly(want, within(1e-6f));
    }
}

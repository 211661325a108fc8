package dev.webaccel.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.protocol.ProtocolCodec;
import dev.webaccel.workload.cases.ChainCases;
import dev.webaccel.workload.cases.MatMulCases;
import java.util.List;
import org.testng.annotations.Test;

/** The plan as the page receives it: every case a graph, timing per case, the fault flag only when set. */
@Test(groups = "unit")
public class PlanMessageTest {
    private static JsonNode json(Plan plan) throws Exception {
        return new ObjectMapper().readTree(new ProtocolCodec().encode(plan.toMessage("r1")));
    }

    public void aSingleOpCaseIsAOneNodeGraphOverItsOwnInputs() throws Exception {
        KernelCase c = MatMulCases.of("matmul_tiled", 3, 5, 7, 1);
        JsonNode plan = json(Plan.of(dev.webaccel.config.Settings.from(java.util.Map.of(), k -> null), List.of(c)));
        assertThat(plan.path("v").asInt()).isEqualTo(1);
        assertThat(plan.path("type").asText()).isEqualTo("plan");
        assertThat(plan.path("backend").asText()).isEqualTo("auto");
        assertThat(plan.path("destroyDeviceAfterCase").isNull()).isTrue();
        JsonNode kase = plan.path("cases").get(0);
        assertThat(kase.path("tensors")).hasSize(2);
        assertThat(kase.path("tensors").get(0).path("blob").asText()).isEqualTo(c.id() + ".a");
        JsonNode node = kase.path("nodes").get(0);
        assertThat(node.path("op").asText()).isEqualTo("matmul");
        assertThat(node.path("inputs").path("a").asText()).isEqualTo("a");
        assertThat(node.path("output").asText()).isEqualTo(KernelCase.OUTPUT);
        assertThat(node.path("kernel").path("entry").asText()).isEqualTo("matmul_tiled");
        assertThat(kase.path("output").path("name").asText()).isEqualTo(KernelCase.OUTPUT);
        assertThat(kase.path("timing").path("opsPerRun").asInt()).isEqualTo(1);
        assertThat(kase.path("timing").path("tickMultiple").asInt()).isEqualTo(TimingSpec.DEFAULT_TICK_MULTIPLE);
        assertThat(kase.toString()).as("expected values never travel").doesNotContain("expected");
    }

    public void timingIsDeclaredPerCase() throws Exception {
        KernelCase a = MatMulCases.of("matmul_naive", 2, 2, 2, 1);
        KernelCase b = a.withId("second");
        Plan plan = Plan.correctness("wasm", List.of(a, b)).withTiming("second", TimingSpec.correctness().withOpsPerRun(8));
        JsonNode cases = json(plan).path("cases");
        assertThat(cases.get(0).path("timing").path("opsPerRun").asInt()).isEqualTo(1);
        assertThat(cases.get(1).path("timing").path("opsPerRun").asInt()).isEqualTo(8);
        assertThatThrownBy(() -> plan.withTiming("nope", TimingSpec.correctness()))
                .hasMessageContaining("names no case");
        assertThatThrownBy(() -> TimingSpec.correctness().withOpsPerRun(0)).hasMessageContaining("opsPerRun");
    }

    public void theDeviceFaultFlagNamesACaseOfThePlan() throws Exception {
        KernelCase c = MatMulCases.of("matmul_naive", 2, 2, 2, 1);
        Plan plan = Plan.correctness("auto", List.of(c));
        JsonNode faulty = json(plan.withDeviceDestroyedAfter(c.id()).withBackend("wasm"));
        assertThat(faulty.path("destroyDeviceAfterCase").asText()).isEqualTo(c.id());
        assertThat(faulty.path("backend").asText()).isEqualTo("wasm");
        assertThatThrownBy(() -> plan.withDeviceDestroyedAfter("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    public void theTestOnlyHangNamesACaseOfThePlanAndTravelsOnlyWhenSet() throws Exception {
        KernelCase c = MatMulCases.of("matmul_naive", 2, 2, 2, 1);
        Plan plan = Plan.correctness("auto", List.of(c));
        assertThat(json(plan).path("hangAtCase").isNull()).isTrue();
        assertThat(json(plan.withPageHangAt(c.id()).withPurpose("faults")).path("hangAtCase").asText()).isEqualTo(c.id());
        assertThatThrownBy(() -> plan.withPageHangAt("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hangAtCase names no case of the plan: nope");
    }

    public void aGraphCaseListsItsNodesInOrder() throws Exception {
        KernelCase chain = ChainCases.mlp(2, 4, 6, 3, 1);
        JsonNode nodes = json(Plan.correctness("auto", List.of(chain))).path("cases").get(0).path("nodes");
        assertThat(nodes).hasSize(5);
        assertThat(nodes.get(1).path("kernel").path("entry").asText()).isEqualTo("add");
        assertThat(nodes.get(1).path("inputs").path("b").asText()).isEqualTo("b1");
        assertThat(nodes.get(4).path("inputs").path("a").asText()).isEqualTo("t4");
        assertThat(nodes.get(4).path("output").asText()).isEqualTo(KernelCase.OUTPUT);
    }

    public void aGraphThatReadsAnUnknownTensorIsRefused() {
        KernelCase chain = ChainCases.mlp(2, 4, 6, 3, 1);
        List<GraphNode> broken = List.of(new GraphNode(chain.graph().get(0).op(), chain.graph().get(0).params(),
                chain.graph().get(0).kernel(), java.util.Map.of("a", "x", "b", "nowhere"), KernelCase.OUTPUT,
                List.of(2, 6)));
        assertThatThrownBy(() -> KernelCase.graph("broken", broken, chain.inputs(), new float[12], new float[12],
                chain.tolerance())).hasMessageContaining("'nowhere'").hasMessageContaining("neither a case input");
    }
}

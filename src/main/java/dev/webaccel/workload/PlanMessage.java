package dev.webaccel.workload;

import dev.webaccel.measure.TimingSpec;
import dev.webaccel.protocol.Message;
import dev.webaccel.protocol.Op;
import dev.webaccel.workload.WeightFile.WeightTensor;
import java.util.List;
import java.util.Map;

/**
 * The {@code plan} message (server to page) as records, serialised by the protocol codec. Every case is a graph:
 * constant tensors fetched as blobs, weights from safetensors files, nodes in execution order, and the one tensor
 * read back. {@code destroyDeviceAfterCase} and {@code hangAtCase} are fault injection for tests (see {@link Plan}).
 */
public record PlanMessage(int v, String type, String run, String backend, String destroyDeviceAfterCase,
                          String hangAtCase, List<CaseMessage> cases) {

    public record CaseMessage(String id, TimingSpec timing, List<TensorMessage> tensors, List<WeightsMessage> weights,
                              List<NodeMessage> nodes, OutputMessage output) {
    }

    /** A safetensors file to fetch by id, the tensors the page must find in it, and those it may skip. */
    public record WeightsMessage(String file, List<WeightTensor> tensors, List<String> ignored) {
    }

    public record TensorMessage(String name, String dtype, List<Integer> shape, String blob) {
    }

    public record NodeMessage(Op op, Map<String, Object> params, KernelMessage kernel, Map<String, String> inputs,
                              String output, List<Integer> shape) {
    }

    public record KernelMessage(String file, String entry, Map<String, Number> constants) {
    }

    public record OutputMessage(String name, List<Integer> shape) {
    }

    static PlanMessage of(String runId, Plan plan) {
        List<CaseMessage> cases = plan.cases().stream().map(c -> caseMessage(c, plan.timingOf(c.id()))).toList();
        return new PlanMessage(Message.VERSION, "plan", runId, plan.backend(), plan.destroyDeviceAfterCase(),
                plan.hangAtCase(), cases);
    }

    private static CaseMessage caseMessage(KernelCase c, TimingSpec timing) {
        List<TensorMessage> tensors = c.inputs().stream()
                .map(i -> new TensorMessage(i.name(), i.dtype(), i.shape(), c.blobName(i))).toList();
        List<NodeMessage> nodes = c.graph().stream().map(n -> new NodeMessage(n.op(), n.params(),
                new KernelMessage(n.kernel().file(), n.kernel().entry(), n.kernel().constants()), n.inputs(),
                n.output(), n.shape())).toList();
        List<WeightsMessage> weights = c.weights().stream()
                .map(w -> new WeightsMessage(w.id(), w.tensors(), w.ignored())).toList();
        return new CaseMessage(c.id(), timing, tensors, weights, nodes,
                new OutputMessage(c.outputName(), c.outputShape()));
    }
}

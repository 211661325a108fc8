// WebNN backend (MLGraphBuilder), used only where navigator.ml.createContext succeeds: the context and the
// runner. The graphs themselves are the ops' host code (js/ops/<op>/webnn.js: matmul, conv2d_patch, softmax,
// layernorm, elementwise gelu), with the same params and input names as their WebGPU code, so the same Java
// reference checks them. One-node cases only: a graph of several ops is not built as one WebNN graph yet.
//
//   const nn = await WebNN.create();          // throws with the reason when no context can be made
//   nn.supports(spec) -> null | 'why not'     (spec: a case of the plan)
//   const op = await nn.prepare(node, inputs) // {run: async () => Float32Array, dispose()}

import { findOp } from '../ops/registry.js';

export class WebNN {
  /** Tries gpu, then npu, then cpu contexts; throws an Error naming every failure. */
  static async create() {
    if (typeof navigator === 'undefined' || !navigator.ml || !navigator.ml.createContext) {
      throw new Error('navigator.ml is undefined');
    }
    const failures = [];
    for (const deviceType of ['gpu', 'npu', 'cpu']) {
      try {
        const context = await withTimeout(navigator.ml.createContext({ deviceType }), 5000, `createContext(${deviceType})`);
        return new WebNN(context, deviceType);
      } catch (e) {
        failures.push(`${deviceType}: ${e.name || 'Error'}: ${e.message}`);
      }
    }
    throw new Error(`navigator.ml.createContext failed (${failures.join('; ')})`);
  }

  constructor(context, deviceType) {
    this.context = context;
    this.deviceType = deviceType;
  }

  /** null when this case has a WebNN graph here, else why not. */
  supports(spec) {
    if (spec.nodes.length !== 1) return `a graph of ${spec.nodes.length} ops has no WebNN implementation (one-op cases only)`;
    return nodeProblem(spec.nodes[0]);
  }

  async prepare(node, inputs) {
    const why = nodeProblem(node);
    if (why) throw new Error(why);
    const builder = new MLGraphBuilder(this.context);
    const { operands, output, feeds, outputLength } = findOp(node.op).webnn.graph(builder, node, inputs);
    const graph = await builder.build({ output });
    return this.runner(graph, operands, feeds, outputLength);
  }

  /** Newer API (MLTensor: dispatch + readTensor) where present, else the older compute(). */
  async runner(graph, operands, feeds, outputLength) {
    const ctx = this.context;
    if (ctx.createTensor && ctx.dispatch && ctx.readTensor) {
      const tensors = {};
      for (const [name, { desc, data }] of Object.entries(operands)) {
        tensors[name] = await ctx.createTensor({ ...desc, writable: true });
        ctx.writeTensor(tensors[name], data);
      }
      const out = await ctx.createTensor({ dataType: 'float32', shape: feeds.outputShape, readable: true });
      return {
        run: async () => {
          ctx.dispatch(graph, tensors, { output: out });
          return new Float32Array(await ctx.readTensor(out));
        },
        dispose: () => {
          for (const t of Object.values(tensors)) t.destroy();
          out.destroy();
          if (graph.destroy) graph.destroy();
        },
      };
    }
    const inputs = Object.fromEntries(Object.entries(operands).map(([name, { data }]) => [name, data]));
    return {
      run: async () => {
        const result = await ctx.compute(graph, inputs, { output: new Float32Array(outputLength) });
        return result.outputs.output;
      },
      dispose: () => {},
    };
  }
}

function nodeProblem(node) {
  const host = findOp(node.op).webnn;
  if (!host) return `op ${node.op} has no WebNN implementation`;
  return host.supports ? host.supports(node) : null;
}

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} did not settle in ${ms} ms`)), ms)),
  ]);
}

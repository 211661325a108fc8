// Runs a case's graph on WebAssembly: every constant tensor and intermediate resident in the module's linear memory,
// the nodes called in order `ops` times, and ONE copy of the graph output out of wasm memory per run.
import { findOp } from '../ops/registry.js';
import { built, planGraph, weightNames } from './tensors.js';

export class WasmSession {
  static async create(wasm, spec, constants) {
    return built(new WasmSession(wasm, spec), constants);
  }

  constructor(wasm, spec) {
    this.wasm = wasm;
    this.spec = spec;
    this.owned = [];     // resident tensors this session allocated
    this.prepared = [];  // per node {run, dispose}
    this.readbacks = 0;
    this.bytes = { device: 0, weights: 0 };
  }

  async build(constants) {
    const nodes = planGraph(this.spec, constants, findOp);
    const tensors = {};
    const weights = weightNames(this.spec);
    for (const [name, values] of Object.entries(constants)) {
      tensors[name] = this.own(this.wasm.upload(values, `tensor '${name}'`));
      if (weights.has(name)) this.bytes.weights += values.byteLength;
    }
    for (const { node, op, elements } of nodes) {
      if (!op.wasm) throw new Error(`op ${node.op} has no WebAssembly implementation`);
      const out = this.own(this.wasm.zeros(elements, 'f32', `tensor '${node.output}'`));
      const given = Object.fromEntries(Object.entries(node.inputs).map(([input, tensor]) => [input, tensors[tensor]]));
      this.prepared.push(await op.wasm.prepare(this.wasm, node, given, out));
      tensors[node.output] = out;
    }
    this.output = tensors[this.spec.output.name];
  }

  own(tensor) {
    this.owned.push(tensor);
    this.bytes.device += tensor.length * 4;
    return tensor;
  }

  async run(ops) {
    for (let r = 0; r < ops; r++) {
      for (const p of this.prepared) await p.run();
    }
    this.readbacks = 1;
    return this.output.read();
  }

  /** Bytes of the resident tensors this session holds in the module's linear memory. */
  memory() {
    return { deviceBytes: this.bytes.device, weightBytes: this.bytes.weights,
      method: 'wasm linear-memory tensors the session allocated' };
  }

  dispose() {
    for (const p of this.prepared) p.dispose();
    for (const t of this.owned) t.free();
    this.prepared = [];
    this.owned = [];
  }
}

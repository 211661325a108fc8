// Runs a one-node case on WebNN (a graph built by the op's webnn.js). WebNN graphs of several ops are not built
// here yet, so dispatch never sends one: each run dispatches the graph `ops` times, each with its own readback.

export class WebNNSession {
  static async create(webnn, spec, constants) {
    const node = spec.nodes[0];
    const inputs = Object.fromEntries(Object.entries(node.inputs).map(([input, tensor]) => [input, constants[tensor]]));
    return new WebNNSession(await webnn.prepare(node, inputs));
  }

  constructor(prepared) {
    this.prepared = prepared;
    this.readbacks = 0;
  }

  async run(ops) {
    let output;
    for (let r = 0; r < ops; r++) output = await this.prepared.run();
    this.readbacks = ops;
    return output;
  }

  dispose() {
    this.prepared.dispose();
  }
}

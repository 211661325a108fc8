// WebNN backend (MLGraphBuilder), used only where navigator.ml.createContext succeeds. Implements matmul,
// conv2d (the conv2d_patch op), softmax, layernorm and gelu (elementwise entry 'gelu'). WebNN's own gelu() is
// the exact erf form while the plan's elementwise gelu is the tanh approximation, so that graph is built from
// tanh, mul and add. Shapes, params and input names follow js/ops/<op>.js, so the same Java reference checks it.
//
//   const nn = await WebNN.create();          // throws with the reason when no context can be made
//   nn.supports(spec) -> null | 'why not'
//   const op = await nn.prepare(spec, inputs) // {run: async () => Float32Array, dispose()}

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

  /** null when this spec has a WebNN graph here, else why not. */
  supports(spec) {
    const builder = GRAPHS[spec.op];
    if (!builder) return `op ${spec.op} has no WebNN implementation`;
    if (spec.op === 'elementwise' && spec.kernel.entry !== 'gelu') {
      return `elementwise '${spec.kernel.entry}' has no WebNN implementation`;
    }
    return null;
  }

  async prepare(spec, inputs) {
    const why = this.supports(spec);
    if (why) throw new Error(why);
    const builder = new MLGraphBuilder(this.context);
    const { operands, output, feeds, outputLength } = GRAPHS[spec.op](builder, spec, inputs);
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

function input(builder, operands, name, data, shape) {
  const desc = { dataType: 'float32', shape, dimensions: shape };
  operands[name] = { desc, data };
  return builder.input(name, desc);
}

const GRAPHS = {
  matmul(builder, spec, inputs) {
    const { M, N, K } = spec.params;
    const operands = {};
    const a = input(builder, operands, 'a', inputs.a || inputs.A, [M, K]);
    const b = input(builder, operands, 'b', inputs.b || inputs.B, [K, N]);
    return { operands, output: builder.matmul(a, b), feeds: { outputShape: [M, N] }, outputLength: M * N };
  },
  softmax(builder, spec, inputs) {
    const { rows, cols } = spec.params;
    const operands = {};
    const x = input(builder, operands, 'x', inputs.x, [rows, cols]);
    return { operands, output: builder.softmax(x, 1), feeds: { outputShape: [rows, cols] }, outputLength: rows * cols };
  },
  layernorm(builder, spec, inputs) {
    const { rows, cols, eps = 1e-5 } = spec.params;
    const operands = {};
    const x = input(builder, operands, 'x', inputs.x, [rows, cols]);
    const scale = input(builder, operands, 'gamma', inputs.gamma, [cols]);
    const bias = input(builder, operands, 'beta', inputs.beta, [cols]);
    const output = builder.layerNormalization(x, { scale, bias, axes: [1], epsilon: eps });
    return { operands, output, feeds: { outputShape: [rows, cols] }, outputLength: rows * cols };
  },
  elementwise(builder, spec, inputs) {
    const n = inputs.a.length;
    const operands = {};
    const x = input(builder, operands, 'a', inputs.a, [n]);
    const c = (v) => builder.constant({ dataType: 'float32', shape: [1], dimensions: [1] }, new Float32Array([v]));
    // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), PyTorch approximate='tanh', as elementwise.wgsl
    const cube = builder.mul(builder.mul(x, x), x);
    const inner = builder.mul(c(Math.sqrt(2 / Math.PI)), builder.add(x, builder.mul(c(0.044715), cube)));
    const output = builder.mul(builder.mul(c(0.5), x), builder.add(c(1), builder.tanh(inner)));
    return { operands, output, feeds: { outputShape: [n] }, outputLength: n };
  },
  conv2d_patch(builder, spec, inputs) {
    const { channels, height, width, dim, patch } = spec.params;
    const tokens = (height / patch) * (width / patch);
    const operands = {};
    const image = input(builder, operands, 'image', inputs.image, [1, channels, height, width]);
    const filter = input(builder, operands, 'w', inputs.w, [dim, channels, patch, patch]);
    const bias = input(builder, operands, 'bias', inputs.bias, [dim]);
    const conv = builder.conv2d(image, filter, { strides: [patch, patch], bias });  // [1, dim, gh, gw]
    const output = builder.transpose(builder.reshape(conv, [dim, tokens]), { permutation: [1, 0] });
    return { operands, output, feeds: { outputShape: [tokens, dim] }, outputLength: tokens * dim };
  },
};

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} did not settle in ${ms} ms`)), ms)),
  ]);
}

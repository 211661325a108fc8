// matmul as a WebNN graph. Same params and inputs as ./webgpu.js (inputs here are the typed arrays).
import {input} from '../webnn-helpers.js';

export function graph(builder, node, inputs) {
  const { M, N, K } = node.params;
  const operands = {};
  const a = input(builder, operands, 'a', inputs.a, [M, K]);
  const b = input(builder, operands, 'b', inputs.b, [K, N]);
  return { operands, output: builder.matmul(a, b), feeds: { outputShape: [M, N] }, outputLength: M * N };
}

// LayerNorm over the last dimension as a WebNN graph. Same params and inputs as ./webgpu.js.
import {input} from '../webnn-helpers.js';

export function graph(builder, node, inputs) {
  const { rows, cols, eps = 1e-5 } = node.params;
  const operands = {};
  const x = input(builder, operands, 'x', inputs.x, [rows, cols]);
  const scale = input(builder, operands, 'gamma', inputs.gamma, [cols]);
  const bias = input(builder, operands, 'beta', inputs.beta, [cols]);
  const output = builder.layerNormalization(x, { scale, bias, axes: [1], epsilon: eps });
  return { operands, output, feeds: { outputShape: [rows, cols] }, outputLength: rows * cols };
}

// Row softmax as a WebNN graph. Same params and inputs as ./webgpu.js.
import {input} from '../webnn-helpers.js';

export function graph(builder, node, inputs) {
  const { rows, cols } = node.params;
  const operands = {};
  const x = input(builder, operands, 'x', inputs.x, [rows, cols]);
  return { operands, output: builder.softmax(x, 1), feeds: { outputShape: [rows, cols] }, outputLength: rows * cols };
}

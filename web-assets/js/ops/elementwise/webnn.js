// The tanh-form GELU as a WebNN graph (elementwise entry 'gelu' only). WebNN's own gelu() is the exact erf form,
// while elementwise.wgsl's is the tanh approximation, so the graph is built from tanh, mul and add.
import {input} from '../webnn-helpers.js';

export function supports(node) {
  return node.kernel.entry === 'gelu' ? null : `elementwise '${node.kernel.entry}' has no WebNN implementation`;
}

export function graph(builder, node, inputs) {
  const n = inputs.a.length;
  const operands = {};
  const x = input(builder, operands, 'a', inputs.a, [n]);
  const c = (v) => builder.constant({ dataType: 'float32', shape: [1], dimensions: [1] }, new Float32Array([v]));
  // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), PyTorch approximate='tanh', as elementwise.wgsl
  const cube = builder.mul(builder.mul(x, x), x);
  const inner = builder.mul(c(Math.sqrt(2 / Math.PI)), builder.add(x, builder.mul(c(0.044715), cube)));
  const output = builder.mul(builder.mul(c(0.5), x), builder.add(c(1), builder.tanh(inner)));
  return { operands, output, feeds: { outputShape: [n] }, outputLength: n };
}

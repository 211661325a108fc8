// LayerNorm over the last dimension on WebAssembly. Same spec as js/ops/layernorm.js:
// params {rows, cols, eps}; inputs {x, gamma, beta}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'layernorm';

export async function prepareWasm(wasm, spec, inputs) {
  const {rows, cols, eps = 1e-5} = spec.params;
  requireShape(inputs.x && inputs.x.length === rows * cols, 'x must hold rows*cols values');
  requireShape(inputs.gamma && inputs.gamma.length === cols, 'gamma must hold cols values');
  requireShape(inputs.beta && inputs.beta.length === cols, 'beta must hold cols values');
  const held = resident(wasm, inputs, ['x', 'gamma', 'beta']);
  const t = held.tensors;
  return prepared(() => wasm.layernorm(t.x, t.gamma, t.beta, rows, cols, eps), held);
}

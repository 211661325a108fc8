// LayerNorm over the last dimension on WebAssembly. Same params and tensors as ./webgpu.js:
// params {rows, cols, eps}; tensors {x, gamma, beta}.
import {prepared, requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {rows, cols, eps = 1e-5} = node.params;
  const {x, gamma, beta} = tensors;
  requireShape(x && x.length === rows * cols, 'x must hold rows*cols values');
  requireShape(gamma && gamma.length === cols, 'gamma must hold cols values');
  requireShape(beta && beta.length === cols, 'beta must hold cols values');
  return prepared(() => wasm.layernorm(x, gamma, beta, rows, cols, eps, out));
}

// LayerNorm over the last dimension on WebAssembly. Same params and tensors as ./webgpu.js:
// params {rows, cols, eps}; tensors {x, gamma, beta}.
import {prepared} from '../wasm-helpers.js';
import {checkLayerNorm} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const {rows, cols, eps = 1e-5} = node.params;
  checkLayerNorm(node, tensors);
  const {x, gamma, beta} = tensors;
  return prepared(() => wasm.layernorm(x, gamma, beta, rows, cols, eps, out));
}

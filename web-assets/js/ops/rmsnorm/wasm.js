// rmsnorm and l2norm on WebAssembly. Same entries, params and tensors as ./webgpu.js:
// rmsnorm {rows, cols, eps (required)} over {x, gamma}; l2norm {rows, cols, eps (default 0)} over {x}.
import {prepared} from '../wasm-helpers.js';
import {checkRmsNorm} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const {entry, rows, cols, eps} = checkRmsNorm(node, tensors);
  return entry === 'rmsnorm'
    ? prepared(() => wasm.rmsnorm(tensors.x, tensors.gamma, rows, cols, eps, out))
    : prepared(() => wasm.l2norm(tensors.x, rows, cols, eps, out));
}

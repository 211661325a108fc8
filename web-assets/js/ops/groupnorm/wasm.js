// GroupNorm on WebAssembly. Same params and tensors as ./webgpu.js: params {channels, length, groups, eps};
// tensors {x, gamma, beta}. Threads split the groups.
import {prepared} from '../wasm-helpers.js';
import {checkGroupNorm} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkGroupNorm(node, tensors, out);
  return prepared(() => wasm.groupnorm(tensors.x, tensors.gamma, tensors.beta, p, out));
}

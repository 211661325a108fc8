// Multi-head / grouped-query attention on WebAssembly. Same params and tensors as ./webgpu.js:
// params {batch, lq, lk, heads, kvHeads, headDim, causal, scale}; tensors {q, k, v, keyMask (optional)}.
import {prepared} from '../wasm-helpers.js';
import {checkMha} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkMha(node, tensors, out);
  const {q, k, v, keyMask} = tensors;
  return prepared(() => wasm.mha(q, k, v, keyMask || null, p, out));
}

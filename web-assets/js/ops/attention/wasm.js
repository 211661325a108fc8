// Scaled dot-product attention on WebAssembly. Same params and tensors as ./webgpu.js:
// params {batch, lq, lk, d, dv, scale (default 1/sqrt(d))}; tensors {q, k, v, mask (optional, lq*lk, shared)}.
import {prepared, requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {batch, lq, lk, d, dv} = node.params;
  const scale = node.params.scale ?? 1 / Math.sqrt(d);
  const {q, k, v, mask} = tensors;
  requireShape(q && q.length === batch * lq * d, 'q must hold batch*lq*d values');
  requireShape(k && k.length === batch * lk * d, 'k must hold batch*lk*d values');
  requireShape(v && v.length === batch * lk * dv, 'v must hold batch*lk*dv values');
  requireShape(!mask || mask.length === lq * lk, 'mask must hold lq*lk values');
  return prepared(() => wasm.attention(q, k, v, mask || null, {heads: batch, lq, lk, d, dv, scale}, out));
}

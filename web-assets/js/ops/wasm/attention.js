// Scaled dot-product attention on WebAssembly. Same spec as js/ops/attention.js:
// params {batch, lq, lk, d, dv, scale (default 1/sqrt(d))}; inputs {q, k, v, mask (optional, lq*lk, shared)}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'attention';

export async function prepareWasm(wasm, spec, inputs) {
  const {batch, lq, lk, d, dv} = spec.params;
  const scale = spec.params.scale ?? 1 / Math.sqrt(d);
  requireShape(inputs.q && inputs.q.length === batch * lq * d, 'q must hold batch*lq*d values');
  requireShape(inputs.k && inputs.k.length === batch * lk * d, 'k must hold batch*lk*d values');
  requireShape(inputs.v && inputs.v.length === batch * lk * dv, 'v must hold batch*lk*dv values');
  requireShape(!inputs.mask || inputs.mask.length === lq * lk, 'mask must hold lq*lk values');
  const held = resident(wasm, inputs, ['q', 'k', 'v', 'mask']);
  const t = held.tensors;
  return prepared(() => wasm.attention(t.q, t.k, t.v, t.mask || null, {heads: batch, lq, lk, d, dv, scale}), held);
}

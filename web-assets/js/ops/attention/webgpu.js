// Scaled dot-product attention. params {batch, lq, lk, d, dv, scale (default 1/sqrt(d))};
// tensors {q: batch*lq*d, k: batch*lk*d, v: batch*lk*dv, mask (optional): lq*lk additive, finite}.
// constants {WG (power of two), MAX_KEYS (>= lk; 4 * (MAX_KEYS + WG) bytes of workgroup memory)}.
import {bindGroupOf, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';

export async function prepare(gpu, node, tensors, out) {
  const {batch, lq, lk, d, dv} = node.params;
  const scale = node.params.scale ?? 1 / Math.sqrt(d);
  const {q, k, v} = tensors;
  requireShape(q && q.length === batch * lq * d, 'q must hold batch*lq*d values');
  requireShape(k && k.length === batch * lk * d, 'k must hold batch*lk*d values');
  requireShape(v && v.length === batch * lk * dv, 'v must hold batch*lk*dv values');
  const hasMask = Boolean(tensors.mask);
  requireShape(!hasMask || tensors.mask.length === lq * lk, 'mask must hold lq*lk values');
  requireShape(out.length === batch * lq * dv, 'the output must hold batch*lq*dv values');
  const constants = constantsOf(node, {WG: 128, MAX_KEYS: 2048});
  requireShape(lk <= constants.MAX_KEYS, `lk ${lk} exceeds MAX_KEYS ${constants.MAX_KEYS}`);
  const pipeline = await gpu.pipeline(node.kernel.file || 'attention.wgsl', node.kernel.entry || 'attention', constants);
  const noMask = hasMask ? null : gpu.storage(new Float32Array(1), {readOnly: true});  // the binding must exist
  const params = uniformOf(gpu, [
    {u32: batch}, {u32: lq}, {u32: lk}, {u32: d}, {u32: dv}, {f32: scale}, {u32: hasMask ? 1 : 0},
  ]);
  const mask = hasMask ? tensors.mask.buffer : noMask;
  const bindGroup = bindGroupOf(gpu, pipeline, {0: q.buffer, 1: k.buffer, 2: v.buffer, 3: mask, 4: out.buffer, 5: params});
  return {passes: [{pipeline, bindGroup, groups: [lq, batch]}], dispose: () => destroyAll([noMask, params])};
}

// Scaled dot-product attention. params {batch, lq, lk, d, dv, scale (default 1/sqrt(d))};
// inputs {q: batch*lq*d, k: batch*lk*d, v: batch*lk*dv, mask (optional): lq*lk additive, finite}.
// constants {WG (power of two), MAX_KEYS (>= lk; 4 * (MAX_KEYS + WG) bytes of workgroup memory)}.
import {bindGroupOf, constantsOf, destroyAll, requireShape, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'attention';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {batch, lq, lk, d, dv} = spec.params;
  const scale = spec.params.scale ?? 1 / Math.sqrt(d);
  requireShape(inputs.q && inputs.q.length === batch * lq * d, 'q must hold batch*lq*d values');
  requireShape(inputs.k && inputs.k.length === batch * lk * d, 'k must hold batch*lk*d values');
  requireShape(inputs.v && inputs.v.length === batch * lk * dv, 'v must hold batch*lk*dv values');
  const hasMask = Boolean(inputs.mask);
  requireShape(!hasMask || inputs.mask.length === lq * lk, 'mask must hold lq*lk values');
  const constants = constantsOf(spec, {WG: 128, MAX_KEYS: 2048});
  requireShape(lk <= constants.MAX_KEYS, `lk ${lk} exceeds MAX_KEYS ${constants.MAX_KEYS}`);
  const pipeline = await gpu.pipeline(spec.kernel.file || 'attention.wgsl', spec.kernel.entry || 'attention', constants);
  const q = gpu.storage(inputs.q, {readOnly: true});
  const k = gpu.storage(inputs.k, {readOnly: true});
  const v = gpu.storage(inputs.v, {readOnly: true});
  const mask = gpu.storage(hasMask ? inputs.mask : new Float32Array(1), {readOnly: true});
  const bytes = batch * lq * dv * 4;
  const out = gpu.output(bytes);
  const params = uniformOf(gpu, [
    {u32: batch}, {u32: lq}, {u32: lk}, {u32: d}, {u32: dv}, {f32: scale}, {u32: hasMask ? 1 : 0},
  ]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: q, 1: k, 2: v, 3: mask, 4: out, 5: params});
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups: [lq, batch]}], out, bytes, repeat),
    dispose: () => destroyAll([q, k, v, mask, out, params]),
  };
}

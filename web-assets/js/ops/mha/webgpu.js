// Multi-head / grouped-query attention on Hugging Face's interleaved layout (no transposes).
// params {batch, lq, lk, heads, kvHeads (default heads), headDim, causal (boolean, default false),
//         scale (default 1/sqrt(headDim))};
// tensors {q: batch*lq*heads*headDim, k: batch*lk*kvHeads*headDim, v: as k,
//          keyMask (optional): batch*lk additive (0 visible, -1e9 or finfo.min masked)};
// output batch*lq*heads*headDim. constants {TQ, TK, WG} (optional; by default the largest tiles that fit,
// see ./tiles.js).
import {bindGroupOf, checkGroups, ceilDiv, constantsOf, destroyAll, uniformOf} from '../gpu-helpers.js';
import {checkMha} from './shapes.js';
import {mhaTiles} from './tiles.js';

const DEFAULT_WORKGROUP_BYTES = 16384;

export async function prepare(gpu, node, tensors, out) {
  const p = checkMha(node, tensors, out);
  const limit = gpu.device?.limits?.maxComputeWorkgroupStorageSize ?? DEFAULT_WORKGROUP_BYTES;
  const constants = mhaTiles(p.headDim, p.lq, limit, constantsOf(node, {}));
  const groups = [ceilDiv(p.lq, constants.TQ), p.heads, p.batch];
  checkGroups(gpu, groups);
  const pipeline = await gpu.pipeline(node.kernel.file || 'mha.wgsl', node.kernel.entry || 'mha', constants);
  const noMask = p.hasMask ? null : gpu.storage(new Float32Array(1), {readOnly: true});  // the binding must exist
  const params = uniformOf(gpu, [
    {u32: p.batch}, {u32: p.lq}, {u32: p.lk}, {u32: p.heads}, {u32: p.kvHeads}, {u32: p.causal ? 1 : 0},
    {u32: p.hasMask ? 1 : 0}, {f32: p.scale},
  ]);
  const mask = p.hasMask ? tensors.keyMask.buffer : noMask;
  const {q, k, v} = tensors;
  const bindGroup = bindGroupOf(gpu, pipeline, {0: q.buffer, 1: k.buffer, 2: v.buffer, 3: mask, 4: out.buffer, 5: params});
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([noMask, params])};
}

// PyTorch weight_norm (see wgsl/weightnorm.wgsl): params {outer, size, inner} (v's shape collapsed around dim);
// tensors {g: size, v: outer*size*inner}; output outer*size*inner, w[o,j,i] = g[j] v[o,j,i] / ||v[:,j,:]||.
// constants {WG} (power of two). The per-j inverse norms are a scratch buffer of this op.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, rowGrid, uniformOf} from '../gpu-helpers.js';
import {checkWeightNorm} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const p = checkWeightNorm(node, tensors, out);
  const constants = constantsOf(node, {WG: 256});
  const file = node.kernel.file || 'weightnorm.wgsl';
  const [norms, scale] = await Promise.all(['weightnorm_norms', 'weightnorm_scale'].map((e) => gpu.pipeline(file, e, constants)));
  const invNorm = gpu.output(p.size * 4);
  const params = uniformOf(gpu, [{u32: p.outer}, {u32: p.size}, {u32: p.inner}]);
  const {g, v} = tensors;
  const passes = [
    {pipeline: norms, groups: rowGrid(p.size), bindGroup: bindGroupOf(gpu, norms, {1: v.buffer, 2: invNorm, 4: params})},
    {pipeline: scale, groups: [gridStrideGroups(p.outer * p.size * p.inner, constants.WG)],
      bindGroup: bindGroupOf(gpu, scale, {0: g.buffer, 1: v.buffer, 2: invNorm, 3: out.buffer, 4: params})},
  ];
  return {passes, dispose: () => destroyAll([invNorm, params])};
}

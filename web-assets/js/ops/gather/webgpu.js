// Embedding lookup: out[r, :] = table[ids[r], :]. params {rows, dim, vocab}; tensors {table: vocab*dim, ids: rows
// f32 values holding integer ids}; output rows*dim. A row whose id is not an integer in [0, vocab) is all NaN.
// constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, requireShape, uniformOf} from '../gpu-helpers.js';
import {checkGather} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const {rows, dim, vocab} = checkGather(node, tensors);
  requireShape(out.length === rows * dim, `the output must hold rows*dim = ${rows * dim} values`);
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'gather.wgsl', node.kernel.entry || 'gather', constants);
  const params = uniformOf(gpu, [{u32: rows}, {u32: dim}, {u32: vocab}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: tensors.table.buffer, 1: tensors.ids.buffer, 2: out.buffer, 3: params});
  return {passes: [{pipeline, bindGroup, groups: [gridStrideGroups(rows * dim, constants.WG)]}],
    dispose: () => destroyAll([params])};
}

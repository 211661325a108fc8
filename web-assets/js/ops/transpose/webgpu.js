// Transpose (see wgsl/transpose.wgsl): params {rows, cols}; tensors {x: rows*cols}; output cols*rows with
// out[c*rows + r] = x[r*cols + c].
import {bindGroupOf, ceilDiv, checkGroups, destroyAll, uniformOf} from '../gpu-helpers.js';
import {checkTranspose} from './shapes.js';

const TILE = 32;  // must match transpose.wgsl

export async function prepare(gpu, node, tensors, out) {
  const p = checkTranspose(node, tensors, out);
  const pipeline = await gpu.pipeline(node.kernel.file || 'transpose.wgsl', node.kernel.entry || 'transpose', {});
  const params = uniformOf(gpu, [{u32: p.rows}, {u32: p.cols}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: tensors.x.buffer, 1: out.buffer, 2: params});
  const groups = [ceilDiv(p.cols, TILE), ceilDiv(p.rows, TILE)];
  checkGroups(gpu, groups);
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([params])};
}

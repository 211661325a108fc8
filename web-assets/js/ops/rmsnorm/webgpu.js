// kernel.entry rmsnorm: y = x / sqrt(mean(x^2) + eps) * gamma; params {rows, cols, eps (required)};
//   tensors {x: rows*cols, gamma: cols}.
// kernel.entry l2norm: y = x / sqrt(sum(x^2) + eps); params {rows, cols, eps (default 0)}; tensors {x: rows*cols}.
// Output rows*cols. constants {WG} (power of two).
import {bindGroupOf, constantsOf, destroyAll, requireShape, rowGrid, uniformOf} from '../gpu-helpers.js';
import {checkRmsNorm} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const {entry, rows, cols, eps} = checkRmsNorm(node, tensors);
  requireShape(out.length === rows * cols, `the output must hold rows*cols = ${rows * cols} values`);
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'rmsnorm.wgsl', entry, constants);
  const params = uniformOf(gpu, [{u32: rows}, {u32: cols}, {f32: eps}]);
  const buffers = entry === 'rmsnorm'
    ? {0: tensors.x.buffer, 1: tensors.gamma.buffer, 2: out.buffer, 3: params}
    : {0: tensors.x.buffer, 2: out.buffer, 3: params};
  const bindGroup = bindGroupOf(gpu, pipeline, buffers);
  return {passes: [{pipeline, bindGroup, groups: rowGrid(rows)}], dispose: () => destroyAll([params])};
}

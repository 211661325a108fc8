// Row softmax. params {rows, cols}; tensors {x: rows*cols}. constants {WG} (power of two).
import {bindGroupOf, constantsOf, destroyAll, requireShape, rowGrid, uniformOf} from '../gpu-helpers.js';

export async function prepare(gpu, node, tensors, out) {
  const {rows, cols} = node.params;
  const {x} = tensors;
  requireShape(x && x.length === rows * cols, 'x must hold rows*cols values');
  requireShape(out.length === rows * cols, 'the output must hold rows*cols values');
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'softmax.wgsl', node.kernel.entry || 'softmax', constants);
  const params = uniformOf(gpu, [{u32: rows}, {u32: cols}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x.buffer, 1: out.buffer, 2: params});
  return {passes: [{pipeline, bindGroup, groups: rowGrid(rows)}], dispose: () => destroyAll([params])};
}

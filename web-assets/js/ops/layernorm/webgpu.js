// LayerNorm over the last dimension. params {rows, cols, eps}; tensors {x: rows*cols, gamma: cols, beta: cols}.
// constants {WG} (power of two).
import {bindGroupOf, constantsOf, destroyAll, requireShape, rowGrid, uniformOf} from '../gpu-helpers.js';
import {checkLayerNorm} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const {rows, cols, eps = 1e-5} = node.params;
  checkLayerNorm(node, tensors);
  const {x, gamma, beta} = tensors;
  requireShape(out.length === rows * cols, 'the output must hold rows*cols values');
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'layernorm.wgsl', node.kernel.entry || 'layernorm', constants);
  const params = uniformOf(gpu, [{u32: rows}, {u32: cols}, {f32: eps}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x.buffer, 1: gamma.buffer, 2: beta.buffer, 3: out.buffer, 4: params});
  return {passes: [{pipeline, bindGroup, groups: rowGrid(rows)}], dispose: () => destroyAll([params])};
}

// GroupNorm on channels-first x (see wgsl/groupnorm.wgsl). params {channels, length, groups, eps (1e-5)};
// tensors {x: channels*length, gamma: channels, beta: channels}; output channels*length. constants {WG}
// (power of two).
import {bindGroupOf, constantsOf, destroyAll, rowGrid, uniformOf} from '../gpu-helpers.js';
import {checkGroupNorm} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const p = checkGroupNorm(node, tensors, out);
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'groupnorm.wgsl', node.kernel.entry || 'groupnorm', constants);
  const params = uniformOf(gpu, [{u32: p.channels}, {u32: p.length}, {u32: p.groups}, {f32: p.eps}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {
    0: tensors.x.buffer, 1: tensors.gamma.buffer, 2: tensors.beta.buffer, 3: out.buffer, 4: params,
  });
  return {passes: [{pipeline, bindGroup, groups: rowGrid(p.groups)}], dispose: () => destroyAll([params])};
}

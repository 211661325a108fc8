// Flat concatenation: out = in0 ++ in1 ++ ... ++ in(n-1). params {parts: n}; tensors {in0, ..., in(n-1)}, any
// lengths; output their total length. One dispatch of concat.wgsl per part. constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, uniformOf} from '../gpu-helpers.js';
import {concatParts} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const parts = concatParts(node, tensors, out);
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'concat.wgsl', node.kernel.entry || 'concat', constants);
  const uniforms = [];
  const passes = [];
  let offset = 0;
  for (const part of parts) {
    const params = uniformOf(gpu, [{u32: offset}, {u32: part.length}]);
    uniforms.push(params);
    passes.push({pipeline, bindGroup: bindGroupOf(gpu, pipeline, {0: part.buffer, 1: out.buffer, 2: params}),
      groups: [gridStrideGroups(part.length, constants.WG)]});
    offset += part.length;
  }
  return {passes, dispose: () => destroyAll(uniforms)};
}

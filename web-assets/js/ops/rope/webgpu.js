// Rotary position embedding as Hugging Face LLaMA applies it (rotate_half convention).
// params {batch, seq, heads, headDim (even), theta (default 10000)}; tensors {x: batch*seq*heads*headDim};
// output the same shape. Row r is at position r % seq. constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, uniformOf} from '../gpu-helpers.js';
import {inverseFrequencies} from './frequencies.js';
import {checkRope} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const p = checkRope(node, tensors, out);
  const constants = constantsOf(node, {WG: 128});
  const pipeline = await gpu.pipeline(node.kernel.file || 'rope.wgsl', node.kernel.entry || 'rope', constants);
  const invFreq = gpu.storage(inverseFrequencies(p.headDim, p.theta), {readOnly: true});
  const params = uniformOf(gpu, [{u32: p.rows}, {u32: p.seq}, {u32: p.heads}, {u32: p.headDim}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: tensors.x.buffer, 1: invFreq, 2: out.buffer, 3: params});
  const groups = [gridStrideGroups(p.rows * (p.headDim / 2), constants.WG)];
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([invFreq, params])};
}

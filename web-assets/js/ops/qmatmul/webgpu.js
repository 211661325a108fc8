// y = x · dequant(W)ᵀ with W packed at 2/3/4/8 bits (layout in wgsl/qmatmul.wgsl and docs/KERNELS.md).
// params {M, N, K, bits, groupSize}; tensors {x: M*K f32, words: u32 N*ceil(K/floor(32/bits)),
// scales: N*ceil(K/groupSize) f32, zeros: same}. kernel {file: 'qmatmul.wgsl', entry: 'qmatmul', constants {WG}};
// BITS is taken from params.bits.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';
import {checkQMatMul} from './shapes.js';

export async function prepare(gpu, node, tensors, out) {
  const {M, N, K, bits} = node.params;
  const {wordsPerRow, groupsPerRow, groupSize} = checkQMatMul(node, tensors);
  const {x, words, scales, zeros} = tensors;
  requireShape(out.length === M * N, 'the output must hold M*N values');
  const constants = constantsOf(node, {WG: 64, BITS: bits});
  requireShape(constants.BITS === bits, 'constants.BITS must equal params.bits');
  const pipeline = await gpu.pipeline(node.kernel.file || 'qmatmul.wgsl', node.kernel.entry || 'qmatmul', constants);
  const params = uniformOf(gpu, [M, N, K, groupSize, wordsPerRow, groupsPerRow].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline,
      {0: x.buffer, 1: words.buffer, 2: scales.buffer, 3: zeros.buffer, 4: out.buffer, 5: params});
  return {passes: [{pipeline, bindGroup, groups: [ceilDiv(N, constants.WG), M]}], dispose: () => destroyAll([params])};
}

// y = x · dequant(W)ᵀ with W packed at 2/3/4/8 bits (layout in wgsl/qmatmul.wgsl and docs/KERNELS.md).
// params {M, N, K, bits, groupSize}; tensors {x: M*K f32, words: u32 N*ceil(K/floor(32/bits)),
// scales: N*ceil(K/groupSize) f32, zeros: same}. kernel {file: 'qmatmul.wgsl', entry: 'qmatmul', constants {WG}};
// BITS is taken from params.bits.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';

export async function prepare(gpu, node, tensors, out) {
  const {M, N, K, bits, groupSize} = node.params;
  requireShape([2, 3, 4, 8].includes(bits), `bits must be 2, 3, 4 or 8: ${bits}`);
  const perWord = Math.floor(32 / bits);
  const wordsPerRow = ceilDiv(K, perWord);
  const groupsPerRow = ceilDiv(K, groupSize);
  const {x, words, scales, zeros} = tensors;
  requireShape(x && x.length === M * K, 'x must hold M*K values');
  requireShape(words && words.dtype === 'u32' && words.length === N * wordsPerRow,
      `words must be a u32 tensor of N*wordsPerRow = ${N * wordsPerRow}`);
  requireShape(scales && scales.length === N * groupsPerRow, 'scales must hold N*groupsPerRow values');
  requireShape(zeros && zeros.length === N * groupsPerRow, 'zeros must hold N*groupsPerRow values');
  requireShape(out.length === M * N, 'the output must hold M*N values');
  const constants = constantsOf(node, {WG: 64, BITS: bits});
  requireShape(constants.BITS === bits, 'constants.BITS must equal params.bits');
  const pipeline = await gpu.pipeline(node.kernel.file || 'qmatmul.wgsl', node.kernel.entry || 'qmatmul', constants);
  const params = uniformOf(gpu, [M, N, K, groupSize, wordsPerRow, groupsPerRow].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline,
      {0: x.buffer, 1: words.buffer, 2: scales.buffer, 3: zeros.buffer, 4: out.buffer, 5: params});
  return {passes: [{pipeline, bindGroup, groups: [ceilDiv(N, constants.WG), M]}], dispose: () => destroyAll([params])};
}

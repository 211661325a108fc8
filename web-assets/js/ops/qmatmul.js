// y = x · dequant(W)ᵀ with W packed at 2/3/4/8 bits (layout in wgsl/qmatmul.wgsl and docs/KERNELS.md).
// params {M, N, K, bits, groupSize}; inputs {x: M*K f32, words: Uint32Array N*ceil(K/floor(32/bits)),
// scales: N*ceil(K/groupSize) f32, zeros: same}. kernel {file: 'qmatmul.wgsl', entry: 'qmatmul', constants {WG}};
// BITS is taken from params.bits.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'qmatmul';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {M, N, K, bits, groupSize} = spec.params;
  requireShape([2, 3, 4, 8].includes(bits), `bits must be 2, 3, 4 or 8: ${bits}`);
  const perWord = Math.floor(32 / bits);
  const wordsPerRow = ceilDiv(K, perWord);
  const groupsPerRow = ceilDiv(K, groupSize);
  requireShape(inputs.x && inputs.x.length === M * K, 'x must hold M*K values');
  requireShape(inputs.words instanceof Uint32Array && inputs.words.length === N * wordsPerRow,
      `words must be a Uint32Array of N*wordsPerRow = ${N * wordsPerRow}`);
  requireShape(inputs.scales && inputs.scales.length === N * groupsPerRow, 'scales must hold N*groupsPerRow values');
  requireShape(inputs.zeros && inputs.zeros.length === N * groupsPerRow, 'zeros must hold N*groupsPerRow values');
  const constants = constantsOf(spec, {WG: 64, BITS: bits});
  requireShape(constants.BITS === bits, 'constants.BITS must equal params.bits');
  const pipeline = await gpu.pipeline(spec.kernel.file || 'qmatmul.wgsl', spec.kernel.entry || 'qmatmul', constants);
  const buffers = [
    gpu.storage(inputs.x, {readOnly: true}),
    gpu.storage(inputs.words, {readOnly: true}),
    gpu.storage(inputs.scales, {readOnly: true}),
    gpu.storage(inputs.zeros, {readOnly: true}),
  ];
  const bytes = M * N * 4;
  const out = gpu.output(bytes);
  const params = uniformOf(gpu, [M, N, K, groupSize, wordsPerRow, groupsPerRow].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline, {0: buffers[0], 1: buffers[1], 2: buffers[2], 3: buffers[3], 4: out, 5: params});
  const groups = [ceilDiv(N, constants.WG), M];
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], out, bytes, repeat),
    dispose: () => destroyAll([...buffers, out, params]),
  };
}

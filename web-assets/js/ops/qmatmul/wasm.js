// y = x · dequant(W)ᵀ on WebAssembly. Same params and tensors as ./webgpu.js: params {M, N, K, bits, groupSize};
// tensors {x, words (u32, floor(32/bits) codes per word, WeightPacker layout), scales, zeros}.
import {prepared, requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {M, N, K, bits} = node.params;
  const groupSize = node.params.groupSize || K;
  requireShape([2, 3, 4, 8].includes(bits), `bits must be 2, 3, 4 or 8: ${bits}`);
  const wordsPerRow = Math.ceil(K / Math.floor(32 / bits));
  const groupsPerRow = Math.ceil(K / groupSize);
  const {x, words, scales, zeros} = tensors;
  requireShape(x && x.length === M * K, 'x must hold M*K values');
  requireShape(words && words.dtype === 'Uint32Array' && words.length === N * wordsPerRow,
      `words must be a u32 tensor of N*wordsPerRow = ${N * wordsPerRow}`);
  requireShape(scales && scales.length === N * groupsPerRow, 'scales must hold N*groupsPerRow values');
  requireShape(zeros && zeros.length === N * groupsPerRow, 'zeros must hold N*groupsPerRow values');
  return prepared(() => wasm.qmatmul(x, words, scales, zeros, M, N, K, {bits, groupSize}, out));
}

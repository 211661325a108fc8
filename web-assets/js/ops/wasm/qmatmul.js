// y = x · dequant(W)ᵀ on WebAssembly. Same spec as js/ops/qmatmul.js: params {M, N, K, bits, groupSize};
// inputs {x, words (u32, floor(32/bits) codes per word, WeightPacker layout), scales, zeros}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'qmatmul';

export async function prepareWasm(wasm, spec, inputs) {
  const {M, N, K, bits} = spec.params;
  const groupSize = spec.params.groupSize || K;
  requireShape([2, 3, 4, 8].includes(bits), `bits must be 2, 3, 4 or 8: ${bits}`);
  const wordsPerRow = Math.ceil(K / Math.floor(32 / bits));
  const groupsPerRow = Math.ceil(K / groupSize);
  requireShape(inputs.x && inputs.x.length === M * K, 'x must hold M*K values');
  requireShape(inputs.words instanceof Uint32Array && inputs.words.length === N * wordsPerRow,
      `words must be a Uint32Array of N*wordsPerRow = ${N * wordsPerRow}`);
  requireShape(inputs.scales && inputs.scales.length === N * groupsPerRow, 'scales must hold N*groupsPerRow values');
  requireShape(inputs.zeros && inputs.zeros.length === N * groupsPerRow, 'zeros must hold N*groupsPerRow values');
  const held = resident(wasm, inputs, ['x', 'words', 'scales', 'zeros']);
  const t = held.tensors;
  return prepared(() => wasm.qmatmul(t.x, t.words, t.scales, t.zeros, M, N, K, {bits, groupSize}), held);
}

// The qmatmul checks both backends make: bits, and each tensor against the packed layout.
import {ceilDiv, requireShape} from '../gpu-helpers.js';

/** @returns {wordsPerRow, groupsPerRow, groupSize} of the packed weights */
export function checkQMatMul(node, {x, words, scales, zeros}) {
  const {M, N, K, bits} = node.params;
  const groupSize = node.params.groupSize || K;
  requireShape([2, 3, 4, 8].includes(bits), `bits must be 2, 3, 4 or 8: ${bits}`);
  const wordsPerRow = ceilDiv(K, Math.floor(32 / bits));
  const groupsPerRow = ceilDiv(K, groupSize);
  requireShape(x && x.length === M * K, 'x must hold M*K values');
  requireShape(words && words.dtype === 'u32' && words.length === N * wordsPerRow,
      `words must be a u32 tensor of N*wordsPerRow = ${N * wordsPerRow}`);
  requireShape(scales && scales.length === N * groupsPerRow, 'scales must hold N*groupsPerRow values');
  requireShape(zeros && zeros.length === N * groupsPerRow, 'zeros must hold N*groupsPerRow values');
  return {wordsPerRow, groupsPerRow, groupSize};
}

// y = x · dequant(W)ᵀ on WebAssembly. Same params and tensors as ./webgpu.js: params {M, N, K, bits, groupSize};
// tensors {x, words (u32, floor(32/bits) codes per word, WeightPacker layout), scales, zeros}.
import {prepared} from '../wasm-helpers.js';
import {checkQMatMul} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const {M, N, K, bits} = node.params;
  const {groupSize} = checkQMatMul(node, tensors);
  const {x, words, scales, zeros} = tensors;
  return prepared(() => wasm.qmatmul(x, words, scales, zeros, M, N, K, {bits, groupSize}, out));
}

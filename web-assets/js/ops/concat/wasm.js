// Flat concatenation on WebAssembly. Same params and tensors as ./webgpu.js: params {parts: n};
// tensors {in0, ..., in(n-1)}; output their total length, copied bit for bit.
import {prepared} from '../wasm-helpers.js';
import {concatParts} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const parts = concatParts(node, tensors, out);
  return prepared(() => wasm.concat(parts, out));
}

// Transpose on WebAssembly. Same params and tensors as ./webgpu.js: params {rows, cols}; tensors {x}.
// Threads split the rows of x.
import {prepared} from '../wasm-helpers.js';
import {checkTranspose} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkTranspose(node, tensors, out);
  return prepared(() => wasm.transpose(tensors.x, p, out));
}

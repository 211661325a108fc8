// Embedding lookup on WebAssembly. Same params and tensors as ./webgpu.js: params {rows, dim, vocab};
// tensors {table: vocab*dim, ids: rows f32 integer ids}; a row whose id is not an integer in [0, vocab) is all NaN.
import {prepared} from '../wasm-helpers.js';
import {checkGather} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const {rows, dim, vocab} = checkGather(node, tensors);
  return prepared(() => wasm.gather(tensors.table, tensors.ids, rows, dim, vocab, out));
}

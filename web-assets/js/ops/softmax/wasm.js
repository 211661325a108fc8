// Row softmax on WebAssembly. Same params and tensors as ./webgpu.js: params {rows, cols}; tensors {x}.
import {prepared, requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {rows, cols} = node.params;
  requireShape(tensors.x && tensors.x.length === rows * cols, 'x must hold rows*cols values');
  return prepared(() => wasm.softmax(tensors.x, rows, cols, out));
}

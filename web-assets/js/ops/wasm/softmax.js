// Row softmax on WebAssembly. Same spec as js/ops/softmax.js: params {rows, cols}; inputs {x}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'softmax';

export async function prepareWasm(wasm, spec, inputs) {
  const {rows, cols} = spec.params;
  requireShape(inputs.x && inputs.x.length === rows * cols, 'x must hold rows*cols values');
  const held = resident(wasm, inputs, ['x']);
  return prepared(() => wasm.softmax(held.tensors.x, rows, cols), held);
}

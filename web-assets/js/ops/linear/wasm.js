// PyTorch nn.Linear on WebAssembly. Same params and tensors as ./webgpu.js: params {rows, in, out};
// tensors {x: rows*in, w: out*in ([out, in]), bias (optional): out}.
import {prepared} from '../wasm-helpers.js';
import {checkLinear} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const {rows, inFeatures, outFeatures} = checkLinear(node, tensors);
  const {x, w, bias} = tensors;
  return prepared(() => wasm.linear(x, w, bias || null, rows, inFeatures, outFeatures, out));
}

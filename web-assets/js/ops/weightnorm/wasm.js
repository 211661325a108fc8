// PyTorch weight_norm on WebAssembly. Same params and tensors as ./webgpu.js: params {outer, size, inner};
// tensors {g, v}. Norms accumulate in double; threads split j for the norms and outer for the scaling.
import {prepared} from '../wasm-helpers.js';
import {checkWeightNorm} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const p = checkWeightNorm(node, tensors, out);
  return prepared(() => wasm.weightnorm(tensors.g, tensors.v, p, out));
}

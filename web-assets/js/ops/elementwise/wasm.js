// The elementwise entries of ./webgpu.js on WebAssembly (add, mul, gelu, silu, gelu_erf, quick_gelu, tanh, exp).
// Same params and tensors: kernel.entry picks the function; tensors {a, b (add and mul only; may repeat along a)}.
import {prepared} from '../wasm-helpers.js';
import {checkElementwise} from './shapes.js';

const METHOD = {gelu_erf: 'geluErf', quick_gelu: 'quickGelu'};

export async function prepare(wasm, node, tensors, out) {
  const method = METHOD[node.kernel.entry] || node.kernel.entry;
  const {a, b} = tensors;
  return checkElementwise(node, tensors) ? prepared(() => wasm[method](a, b, out)) : prepared(() => wasm[method](a, out));
}

// add, mul, gelu (tanh approximation, as elementwise.wgsl) and silu on WebAssembly. Same params and tensors as
// ./webgpu.js: kernel.entry picks the function; tensors {a, b (add and mul only; may repeat along a)}.
import {prepared} from '../wasm-helpers.js';
import {checkElementwise} from './shapes.js';

export async function prepare(wasm, node, tensors, out) {
  const entry = node.kernel.entry;
  const {a, b} = tensors;
  return checkElementwise(node, tensors) ? prepared(() => wasm[entry](a, b, out)) : prepared(() => wasm[entry](a, out));
}

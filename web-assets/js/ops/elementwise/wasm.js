// add, mul, gelu (tanh approximation, as elementwise.wgsl) and silu on WebAssembly. Same params and tensors as
// ./webgpu.js: kernel.entry picks the function; tensors {a, b (add and mul only; may repeat along a)}.
import {prepared, requireShape} from '../wasm-helpers.js';

const BINARY = new Set(['add', 'mul']);
const UNARY = new Set(['gelu', 'silu']);

export async function prepare(wasm, node, tensors, out) {
  const entry = node.kernel.entry;
  requireShape(BINARY.has(entry) || UNARY.has(entry), `unknown elementwise entry '${entry}'`);
  const {a, b} = tensors;
  requireShape(a, 'missing input a');
  if (BINARY.has(entry)) {
    requireShape(b && b.length > 0 && a.length % b.length === 0,
        `b must be as long as a or repeat along it (b has ${b ? b.length : 0} values, a has ${a.length})`);
    return prepared(() => wasm[entry](a, b, out));
  }
  return prepared(() => wasm[entry](a, out));
}

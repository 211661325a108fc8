// add, mul, gelu (tanh approximation, as elementwise.wgsl) and silu on WebAssembly. Same spec as
// js/ops/elementwise.js: kernel.entry picks the function; inputs {a, b (add and mul only)}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'elementwise';

const BINARY = new Set(['add', 'mul']);
const UNARY = new Set(['gelu', 'silu']);

export async function prepareWasm(wasm, spec, inputs) {
  const entry = spec.kernel.entry;
  requireShape(BINARY.has(entry) || UNARY.has(entry), `unknown elementwise entry '${entry}'`);
  requireShape(inputs.a, 'missing input a');
  if (BINARY.has(entry)) {
    requireShape(inputs.b && inputs.b.length === inputs.a.length, 'b must be as long as a');
  }
  const held = resident(wasm, inputs, BINARY.has(entry) ? ['a', 'b'] : ['a']);
  const {a, b} = held.tensors;
  const run = BINARY.has(entry) ? () => wasm[entry](a, b) : () => wasm[entry](a);
  return prepared(run, held);
}

// The elementwise checks both backends make: entry, inputs, and b repeating along a.
import {requireShape} from '../gpu-helpers.js';

export const BINARY = new Set(['add', 'mul']);
const UNARY = new Set(['gelu', 'silu', 'gelu_erf', 'quick_gelu', 'tanh', 'exp']);

/** @returns whether the entry takes b */
export function checkElementwise(node, {a, b}) {
  const entry = node.kernel.entry;
  requireShape(BINARY.has(entry) || UNARY.has(entry), `unknown elementwise entry '${entry}'`);
  requireShape(a, 'missing input a');
  const binary = BINARY.has(entry);
  if (binary) {
    requireShape(b && b.length > 0 && a.length % b.length === 0,
        `b must be as long as a or repeat along it (b has ${b ? b.length : 0} values, a has ${a.length})`);
  }
  return binary;
}

// The transpose checks both backends make; returns {rows, cols}.
import {requireShape} from '../gpu-helpers.js';

export function checkTranspose(node, {x}, out) {
  const {rows, cols} = node.params;
  for (const [name, value] of Object.entries({rows, cols})) {
    requireShape(Number.isInteger(value) && value >= 1, `transpose: param ${name} must be an integer >= 1, got ${value}`);
  }
  const n = rows * cols;
  requireShape(x, `transpose: tensor 'x' is missing; it must hold rows*cols = ${n} values`);
  requireShape(x.length === n, `transpose: tensor 'x' must hold rows*cols = ${rows}*${cols} = ${n} values, got ${x.length}`);
  requireShape(out.length === n, `transpose: the output must hold cols*rows = ${n} values, got ${out.length}`);
  return {rows, cols};
}

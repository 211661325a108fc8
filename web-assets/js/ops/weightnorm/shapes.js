// The weightnorm checks both backends make; returns {outer, size, inner}.
import {requireShape} from '../gpu-helpers.js';

export function checkWeightNorm(node, {g, v}, out) {
  const {outer, size, inner} = node.params;
  for (const [name, value] of Object.entries({outer, size, inner})) {
    requireShape(Number.isInteger(value) && value >= 1, `weightnorm: param ${name} must be an integer >= 1, got ${value}`);
  }
  const n = outer * size * inner;
  requireShape(g, `weightnorm: tensor 'g' is missing; it must hold size = ${size} values`);
  requireShape(g.length === size, `weightnorm: tensor 'g' must hold size = ${size} values (one per index along dim), got ${g.length}`);
  requireShape(v, `weightnorm: tensor 'v' is missing; it must hold outer*size*inner = ${n} values`);
  requireShape(v.length === n, `weightnorm: tensor 'v' must hold outer*size*inner = ${outer}*${size}*${inner} = ${n} values, got ${v.length}`);
  requireShape(out.length === n, `weightnorm: the output must hold outer*size*inner = ${n} values, got ${out.length}`);
  return {outer, size, inner};
}

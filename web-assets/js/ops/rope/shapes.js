// The rope checks both backends make; returns {rows, seq, heads, headDim, theta}.
import {requireShape} from '../gpu-helpers.js';

export function checkRope(node, {x}, out) {
  const {batch, seq, heads, headDim, theta = 10000} = node.params;
  for (const [name, value] of Object.entries({batch, seq, heads, headDim})) {
    requireShape(Number.isInteger(value) && value >= 1, `rope: param ${name} must be an integer >= 1, got ${value}`);
  }
  requireShape(headDim % 2 === 0, `rope: headDim must be even (rotate_half pairs i with i + headDim/2), got ${headDim}`);
  requireShape(Number.isFinite(theta) && theta > 0, `rope: theta must be a positive number, got ${theta}`);
  const n = batch * seq * heads * headDim;
  requireShape(x, `rope: tensor 'x' is missing; it must hold batch*seq*heads*headDim = ${n} values`);
  requireShape(x.length === n, `rope: tensor 'x' must hold batch*seq*heads*headDim = ${n} values, got ${x.length}`);
  requireShape(out.length === n, `rope: the output must hold batch*seq*heads*headDim = ${n} values, got ${out.length}`);
  return {rows: batch * seq, seq, heads, headDim, theta};
}

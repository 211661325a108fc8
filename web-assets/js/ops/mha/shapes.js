// The mha checks both backends make; returns the params with their defaults filled in.
import {requireShape} from '../gpu-helpers.js';

function requireLength(tensor, name, expected, formula) {
  requireShape(tensor, `mha: tensor '${name}' is missing; it must hold ${formula} = ${expected} values`);
  requireShape(tensor.length === expected,
      `mha: tensor '${name}' must hold ${formula} = ${expected} values, got ${tensor.length}; check the node's params`);
}

function requireCount(value, name) {
  requireShape(Number.isInteger(value) && value >= 1, `mha: param ${name} must be an integer >= 1, got ${value}`);
}

export function checkMha(node, {q, k, v, keyMask}, out) {
  const {batch, lq, lk, heads, kvHeads = heads, headDim} = node.params;
  for (const [name, value] of Object.entries({batch, lq, lk, heads, kvHeads, headDim})) requireCount(value, name);
  requireShape(heads % kvHeads === 0, `mha: heads (${heads}) must be a multiple of kvHeads (${kvHeads})`);
  const causal = node.params.causal === true;
  requireShape(!causal || lk >= lq, `mha: causal attention needs lk >= lq (else a query sees no key), got lq ${lq}, lk ${lk}`);
  requireLength(q, 'q', batch * lq * heads * headDim, 'batch*lq*heads*headDim');
  requireLength(k, 'k', batch * lk * kvHeads * headDim, 'batch*lk*kvHeads*headDim');
  requireLength(v, 'v', batch * lk * kvHeads * headDim, 'batch*lk*kvHeads*headDim');
  if (keyMask) requireLength(keyMask, 'keyMask', batch * lk, 'batch*lk');
  requireLength(out, 'out', batch * lq * heads * headDim, 'batch*lq*heads*headDim');
  const scale = node.params.scale ?? 1 / Math.sqrt(headDim);
  return {batch, lq, lk, heads, kvHeads, headDim, causal, scale, hasMask: Boolean(keyMask)};
}

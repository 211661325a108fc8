// The groupnorm checks both backends make; returns {channels, length, groups, eps}.
import {requireShape} from '../gpu-helpers.js';

export function checkGroupNorm(node, {x, gamma, beta}, out) {
  const {channels, length, groups, eps = 1e-5} = node.params;
  for (const [name, value] of Object.entries({channels, length, groups})) {
    requireShape(Number.isInteger(value) && value >= 1, `groupnorm: param ${name} must be an integer >= 1, got ${value}`);
  }
  requireShape(channels % groups === 0, `groupnorm: channels (${channels}) must be a multiple of groups (${groups})`);
  requireShape(Number.isFinite(eps) && eps >= 0, `groupnorm: eps must be a number >= 0, got ${eps}`);
  const n = channels * length;
  requireShape(x, `groupnorm: tensor 'x' is missing; it must hold channels*length = ${n} values (channels first)`);
  requireShape(x.length === n, `groupnorm: tensor 'x' must hold channels*length = ${n} values (channels first), got ${x.length}`);
  for (const [name, t] of Object.entries({gamma, beta})) {
    requireShape(t, `groupnorm: tensor '${name}' is missing; it must hold channels = ${channels} values`);
    requireShape(t.length === channels, `groupnorm: tensor '${name}' must hold channels = ${channels} values, got ${t.length}`);
  }
  requireShape(out.length === n, `groupnorm: the output must hold channels*length = ${n} values, got ${out.length}`);
  return {channels, length, groups, eps};
}

// The concat checks both backends make: parts in0..in(n-1), all present, no others, f32, summing to the output.
import {requireShape} from '../gpu-helpers.js';

export function concatParts(node, tensors, out) {
  const n = node.params.parts;
  requireShape(Number.isInteger(n) && n > 0, `concat param parts must be a positive integer (got ${n})`);
  const names = Array.from({length: n}, (_, i) => `in${i}`);
  const extra = Object.keys(tensors).filter((name) => !names.includes(name));
  requireShape(extra.length === 0, `concat with parts ${n} takes inputs ${names.join(', ')}; unexpected: ${extra.join(', ')}`);
  const parts = names.map((name) => {
    const part = tensors[name];
    requireShape(part, `concat with parts ${n} needs input '${name}'`);
    requireShape(!part.dtype || part.dtype === 'f32', `concat input '${name}' must be f32 (got ${part.dtype})`);
    return part;
  });
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  requireShape(out.length === total,
      `the output must hold the parts' total of ${total} values (${parts.map((p) => p.length).join(' + ')}), not ${out.length}`);
  return parts;
}

// The rmsnorm / l2norm checks both backends make. Returns the entry's params with eps defaulted.
import {requireShape} from '../gpu-helpers.js';

// rmsnorm has no default: models differ (LLaMA 1e-6, LLaMA 2 1e-5), so the case must say.
const EPS = {rmsnorm: undefined, l2norm: 0};

export function checkRmsNorm(node, {x, gamma}) {
  const entry = (node.kernel && node.kernel.entry) || 'rmsnorm';
  requireShape(entry in EPS, `unknown rmsnorm entry '${entry}'; known: ${Object.keys(EPS).join(', ')}`);
  const {rows, cols, eps = EPS[entry]} = node.params;
  requireShape(Number.isInteger(rows) && rows > 0 && Number.isInteger(cols) && cols > 0,
      `${entry} params rows, cols must be positive integers (got rows ${rows}, cols ${cols})`);
  requireShape(Number.isFinite(eps) && eps >= 0,
      `${entry} param eps must be a finite number >= 0 (got ${eps})${entry === 'rmsnorm' ? '; rmsnorm has no default eps' : ''}`);
  requireShape(x && x.length === rows * cols, `x must hold rows*cols = ${rows * cols} values (got ${x ? x.length : 'none'})`);
  if (entry === 'rmsnorm') {
    requireShape(gamma && gamma.length === cols, `gamma must hold cols = ${cols} values (got ${gamma ? gamma.length : 'none'})`);
  } else {
    requireShape(!gamma, 'l2norm takes no gamma (it is x / sqrt(sum(x^2) + eps)); use the rmsnorm entry for a scaled norm');
  }
  return {entry, rows, cols, eps};
}

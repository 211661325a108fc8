// The linear checks both backends make.
import {requireShape} from '../gpu-helpers.js';

export function checkLinear(node, {x, w, bias}) {
  const {rows, in: inFeatures, out: outFeatures} = node.params;
  requireShape(Number.isInteger(rows) && rows > 0 && Number.isInteger(inFeatures) && inFeatures > 0
      && Number.isInteger(outFeatures) && outFeatures > 0,
      `linear params rows, in, out must be positive integers (got rows ${rows}, in ${inFeatures}, out ${outFeatures})`);
  requireShape(x && x.length === rows * inFeatures,
      `x must hold rows*in = ${rows * inFeatures} values (got ${x ? x.length : 'none'})`);
  requireShape(w && w.length === outFeatures * inFeatures,
      `w must hold out*in = ${outFeatures * inFeatures} values, PyTorch's [out, in] layout (got ${w ? w.length : 'none'})`);
  requireShape(!bias || bias.length === outFeatures,
      `bias must hold out = ${outFeatures} values or be left out (got ${bias && bias.length})`);
  return {rows, inFeatures, outFeatures};
}

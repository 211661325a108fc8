// The conv1d checks both backends make; returns the shape with outLength (after trim) and groupIn/groupOut.
import {requireShape} from '../gpu-helpers.js';

export function checkConv1d(node, {x, w, bias}, out) {
  const {cin, length, cout, kernel = 3, stride = 1, pad = 1, groups = 1, gelu = true, trim = 0} = node.params;
  for (const [name, value] of Object.entries({cin, length, cout, kernel, stride, groups})) {
    requireShape(Number.isInteger(value) && value >= 1, `conv1d: param ${name} must be an integer >= 1, got ${value}`);
  }
  for (const [name, value] of Object.entries({pad, trim})) {
    requireShape(Number.isInteger(value) && value >= 0, `conv1d: param ${name} must be an integer >= 0, got ${value}`);
  }
  requireShape(cin % groups === 0 && cout % groups === 0,
      `conv1d: cin (${cin}) and cout (${cout}) must be multiples of groups (${groups})`);
  const full = Math.floor((length + 2 * pad - kernel) / stride) + 1;
  requireShape(full >= 1, `conv1d: kernel ${kernel} is longer than length ${length} + 2*pad ${pad}`);
  const outLength = full - trim;
  requireShape(outLength >= 1, `conv1d: trim ${trim} drops all ${full} output frames`);
  const groupIn = cin / groups;
  const groupOut = cout / groups;
  const want = {x: cin * length, w: cout * groupIn * kernel};
  requireShape(x, `conv1d: tensor 'x' is missing; it must hold cin*length = ${want.x} values`);
  requireShape(x.length === want.x, `conv1d: tensor 'x' must hold cin*length = ${want.x} values, got ${x.length}`);
  requireShape(w, `conv1d: tensor 'w' is missing; it must hold cout*(cin/groups)*kernel = ${want.w} values`);
  requireShape(w.length === want.w,
      `conv1d: tensor 'w' must hold cout*(cin/groups)*kernel = ${want.w} values (PyTorch layout), got ${w.length}`);
  requireShape(!bias || bias.length === cout, `conv1d: tensor 'bias' must hold cout = ${cout} values, got ${bias && bias.length}`);
  requireShape(out.length === cout * outLength,
      `conv1d: the output must hold cout*outLength = ${cout}*${outLength} values, got ${out.length}`);
  return {cin, length, cout, kernel, stride, pad, groups, gelu: !!gelu, trim, outLength, groupIn, groupOut, hasBias: !!bias};
}

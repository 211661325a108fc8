// out = a + b, a * b or f(a). kernel.entry picks: add | mul | gelu (tanh approximation) | silu | gelu_erf (exact,
// erf by Abramowitz & Stegun 7.1.26) | quick_gelu (x sigmoid(1.702 x)) | tanh | exp.
// tensors {a, b (add and mul only; b may be shorter and is then repeated along a, e.g. a bias over rows)}.
// constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, requireShape, uniformOf} from '../gpu-helpers.js';
import {checkElementwise} from './shapes.js';

// A WGSL function named tanh or exp would hide the builtin of that name, so those entry points carry a suffix.
const WGSL_ENTRY = {tanh: 'tanh_entry', exp: 'exp_entry'};

export async function prepare(gpu, node, tensors, out) {
  const binary = checkElementwise(node, tensors);
  const {a, b} = tensors;
  const n = a.length;
  requireShape(out.length === n, 'the output must be as long as a');
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'elementwise.wgsl', WGSL_ENTRY[node.kernel.entry] || node.kernel.entry, constants);
  const params = uniformOf(gpu, [{u32: n}, {u32: binary ? b.length : n}]);
  const entries = binary ? {0: a.buffer, 1: b.buffer, 2: out.buffer, 3: params} : {0: a.buffer, 2: out.buffer, 3: params};
  const bindGroup = bindGroupOf(gpu, pipeline, entries);
  return {passes: [{pipeline, bindGroup, groups: [gridStrideGroups(n, constants.WG)]}], dispose: () => destroyAll([params])};
}

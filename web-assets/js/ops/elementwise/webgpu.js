// out = a + b, a * b, gelu(a) (tanh approximation) or silu(a). kernel.entry picks: add | mul | gelu | silu.
// tensors {a, b (add and mul only; b may be shorter and is then repeated along a, e.g. a bias over rows)}.
// constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, requireShape, uniformOf} from '../gpu-helpers.js';

const BINARY = new Set(['add', 'mul']);
const UNARY = new Set(['gelu', 'silu']);

export async function prepare(gpu, node, tensors, out) {
  const entry = node.kernel.entry;
  requireShape(BINARY.has(entry) || UNARY.has(entry), `unknown elementwise entry '${entry}'`);
  const {a, b} = tensors;
  requireShape(a, 'missing input a');
  const n = a.length;
  const binary = BINARY.has(entry);
  if (binary) {
    requireShape(b && b.length > 0 && n % b.length === 0,
        `b must be as long as a or repeat along it (b has ${b ? b.length : 0} values, a has ${n})`);
  }
  requireShape(out.length === n, 'the output must be as long as a');
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'elementwise.wgsl', entry, constants);
  const params = uniformOf(gpu, [{u32: n}, {u32: binary ? b.length : n}]);
  const entries = binary ? {0: a.buffer, 1: b.buffer, 2: out.buffer, 3: params} : {0: a.buffer, 2: out.buffer, 3: params};
  const bindGroup = bindGroupOf(gpu, pipeline, entries);
  return {passes: [{pipeline, bindGroup, groups: [gridStrideGroups(n, constants.WG)]}], dispose: () => destroyAll([params])};
}

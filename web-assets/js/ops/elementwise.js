// out = a + b, a * b, gelu(a) (tanh approximation) or silu(a). kernel.entry picks: add | mul | gelu | silu.
// inputs {a, b (add and mul only)}; params {} (n = a.length). constants {WG}.
import {bindGroupOf, constantsOf, destroyAll, gridStrideGroups, requireShape, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'elementwise';

const BINARY = new Set(['add', 'mul']);
const UNARY = new Set(['gelu', 'silu']);

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const entry = spec.kernel.entry;
  requireShape(BINARY.has(entry) || UNARY.has(entry), `unknown elementwise entry '${entry}'`);
  const a = inputs.a;
  requireShape(a, 'missing input a');
  const n = a.length;
  if (BINARY.has(entry)) {
    requireShape(inputs.b && inputs.b.length === n, 'b must be as long as a');
  }
  const constants = constantsOf(spec, {WG: 256});
  const pipeline = await gpu.pipeline(spec.kernel.file || 'elementwise.wgsl', entry, constants);
  const bufA = gpu.storage(a, {readOnly: true});
  const bufB = BINARY.has(entry) ? gpu.storage(inputs.b, {readOnly: true}) : null;
  const bytes = n * 4;
  const out = gpu.output(bytes);
  const params = uniformOf(gpu, [{u32: n}]);
  const entries = bufB ? {0: bufA, 1: bufB, 2: out, 3: params} : {0: bufA, 2: out, 3: params};
  const bindGroup = bindGroupOf(gpu, pipeline, entries);
  const groups = [gridStrideGroups(n, constants.WG)];
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], out, bytes, repeat),
    dispose: () => destroyAll([bufA, bufB, out, params]),
  };
}

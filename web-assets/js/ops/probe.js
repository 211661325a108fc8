// Roofline probes (wgsl/probe.wgsl): peak FMA throughput ('fma_chain') and copy bandwidth ('copy').
// params {n: vec4 count, chain: FMA steps (fma_chain only), m, c: FMA coefficients}; inputs {src: 4*n f32}.
// Output 4*n f32. constants {WG}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, gridStrideGroups, requireShape, repeatOf, rowGrid, runPasses, uniformOf} from './shared.js';

export const name = 'probe';

const ENTRIES = new Set(['fma_chain', 'copy']);

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const entry = spec.kernel.entry;
  requireShape(ENTRIES.has(entry), `unknown probe entry '${entry}'`);
  const {n, chain = 0, m = 1, c = 0} = spec.params;
  requireShape(inputs.src && inputs.src.length === 4 * n, 'src must hold 4*n values');
  const constants = constantsOf(spec, {WG: 256});
  const pipeline = await gpu.pipeline(spec.kernel.file || 'probe.wgsl', entry, constants);
  const src = gpu.storage(inputs.src, {readOnly: true});
  const bytes = 16 * n;
  const dst = gpu.output(bytes);
  const params = uniformOf(gpu, [{u32: n}, {u32: chain}, {f32: m}, {f32: c}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: src, 1: dst, 2: params});
  // fma_chain: one invocation per vec4, rows of workgroups as rowGrid lays them out; copy: grid-stride.
  const groups = entry === 'copy' ? [gridStrideGroups(n, constants.WG)] : rowGrid(ceilDiv(n, constants.WG));
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], dst, bytes, repeat),
    dispose: () => destroyAll([src, dst, params]),
  };
}

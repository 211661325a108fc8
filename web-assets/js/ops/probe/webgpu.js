// Roofline probes (wgsl/probe.wgsl): peak FMA throughput ('fma_chain') and copy bandwidth ('copy').
// params {n: vec4 count, chain: FMA steps (fma_chain only), m, c: FMA coefficients}; tensors {src: 4*n f32}.
// Output 4*n f32. constants {WG}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, gridStrideGroups, requireShape, rowGrid, uniformOf} from '../gpu-helpers.js';

const ENTRIES = new Set(['fma_chain', 'copy']);

export async function prepare(gpu, node, tensors, out) {
  const entry = node.kernel.entry;
  requireShape(ENTRIES.has(entry), `unknown probe entry '${entry}'`);
  const {n, chain = 0, m = 1, c = 0} = node.params;
  requireShape(tensors.src && tensors.src.length === 4 * n, 'src must hold 4*n values');
  requireShape(out.length === 4 * n, 'the output must hold 4*n values');
  const constants = constantsOf(node, {WG: 256});
  const pipeline = await gpu.pipeline(node.kernel.file || 'probe.wgsl', entry, constants);
  const params = uniformOf(gpu, [{u32: n}, {u32: chain}, {f32: m}, {f32: c}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: tensors.src.buffer, 1: out.buffer, 2: params});
  // fma_chain: one invocation per vec4, rows of workgroups as rowGrid lays them out; copy: grid-stride.
  const groups = entry === 'copy' ? [gridStrideGroups(n, constants.WG)] : rowGrid(ceilDiv(n, constants.WG));
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([params])};
}

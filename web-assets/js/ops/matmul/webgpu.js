// C = A · B (f32, row-major). params {M, N, K}; tensors {a: M*K, b: K*N}.
// kernel.file matmul.wgsl or matmul_f16.wgsl (needs 'shader-f16'; the session uploads a and b as f16, see uploadAs);
// kernel.entry matmul_naive or matmul_tiled; constants WG_X, WG_Y, TILE_K.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';

const DEFAULTS = {WG_X: 16, WG_Y: 16, TILE_K: 16};
const REGISTER_BLOCK = 4;

const isF16 = (node) => (node.kernel.file || 'matmul.wgsl').includes('f16');

export function uploadAs(inputName, node) {
  return isF16(node) && (inputName === 'a' || inputName === 'b') ? 'f16' : 'f32';
}

export async function prepare(gpu, node, tensors, out) {
  const {M, N, K} = node.params;
  const {a, b} = tensors;
  requireShape(a && a.length === M * K, `a must hold M*K = ${M * K} values`);
  requireShape(b && b.length === K * N, `b must hold K*N = ${K * N} values`);
  requireShape(out.length === M * N, `the output must hold M*N = ${M * N} values`);
  const file = node.kernel.file || 'matmul.wgsl';
  if (isF16(node)) {
    requireShape(gpu.device.features.has('shader-f16'), 'matmul_f16.wgsl needs the shader-f16 feature');
  }
  const constants = constantsOf(node, DEFAULTS);
  const pipeline = await gpu.pipeline(file, node.kernel.entry, constants);
  const dims = uniformOf(gpu, [{u32: M}, {u32: N}, {u32: K}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: a.buffer, 1: b.buffer, 2: out.buffer, 3: dims});
  const block = node.kernel.entry === 'matmul_tiled' ? REGISTER_BLOCK : 1;
  const groups = [ceilDiv(N, constants.WG_X * block), ceilDiv(M, constants.WG_Y * block)];
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([dims])};
}

// C = A · B (f32, row-major). params {M, N, K}; inputs {a: M*K, b: K*N} (A/B accepted too).
// kernel.file matmul.wgsl or matmul_f16.wgsl (needs 'shader-f16' on the device; inputs are rounded to f16
// here); kernel.entry matmul_naive or matmul_tiled; constants WG_X, WG_Y, TILE_K.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, repeatOf, runPasses, toFloat16Bits, uniformOf} from './shared.js';

export const name = 'matmul';

const DEFAULTS = {WG_X: 16, WG_Y: 16, TILE_K: 16};
const REGISTER_BLOCK = 4;

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {M, N, K} = spec.params;
  const a = inputs.a || inputs.A;
  const b = inputs.b || inputs.B;
  requireShape(a && a.length === M * K, `a must hold M*K = ${M * K} values`);
  requireShape(b && b.length === K * N, `b must hold K*N = ${K * N} values`);
  const file = spec.kernel.file || 'matmul.wgsl';
  const f16 = file.includes('f16');
  if (f16) {
    requireShape(gpu.device.features.has('shader-f16'), 'matmul_f16.wgsl needs the shader-f16 feature');
  }
  const constants = constantsOf(spec, DEFAULTS);
  const pipeline = await gpu.pipeline(file, spec.kernel.entry, constants);
  const bufA = gpu.storage(f16 ? toFloat16Bits(a) : a, {readOnly: true});
  const bufB = gpu.storage(f16 ? toFloat16Bits(b) : b, {readOnly: true});
  const bytes = M * N * 4;
  const bufC = gpu.output(bytes);
  const dims = uniformOf(gpu, [{u32: M}, {u32: N}, {u32: K}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {0: bufA, 1: bufB, 2: bufC, 3: dims});
  const block = spec.kernel.entry === 'matmul_tiled' ? REGISTER_BLOCK : 1;
  const groups = [ceilDiv(N, constants.WG_X * block), ceilDiv(M, constants.WG_Y * block)];
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], bufC, bytes, repeat),
    dispose: () => destroyAll([bufA, bufB, bufC, dims]),
  };
}

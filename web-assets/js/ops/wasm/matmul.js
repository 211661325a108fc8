// C = A · B on WebAssembly. Same spec as js/ops/matmul.js: params {M, N, K}; inputs {a: M*K, b: K*N}
// (A/B accepted too). kernel.file/entry select WGSL variants and are ignored here; matmul_f16.wgsl rounds
// its inputs to f16, which this f32 kernel does not, so an f16 case is refused rather than silently changed.
import {prepared, requireShape, resident} from './common.js';

export const name = 'matmul';

export async function prepareWasm(wasm, spec, inputs) {
  const {M, N, K} = spec.params;
  requireShape(!(spec.kernel && spec.kernel.file || '').includes('f16'), 'the WebAssembly matmul is f32 only (no f16 variant)');
  const a = inputs.a || inputs.A;
  const b = inputs.b || inputs.B;
  requireShape(a && a.length === M * K, `a must hold M*K = ${M * K} values`);
  requireShape(b && b.length === K * N, `b must hold K*N = ${K * N} values`);
  const held = resident(wasm, {a, b}, ['a', 'b']);
  const {a: ta, b: tb} = held.tensors;
  return prepared(() => wasm.matmul(ta, tb, M, N, K), held);
}

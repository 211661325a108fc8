// C = A · B on WebAssembly. Same params and tensors as ./webgpu.js: params {M, N, K}; tensors {a: M*K, b: K*N}.
// kernel.file/entry select WGSL variants and are ignored here; matmul_f16.wgsl rounds its inputs to f16, which
// this f32 kernel does not, so an f16 case is refused rather than silently changed.
import {prepared, requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {M, N, K} = node.params;
  requireShape(!((node.kernel && node.kernel.file) || '').includes('f16'), 'the WebAssembly matmul is f32 only (no f16 variant)');
  const {a, b} = tensors;
  requireShape(a && a.length === M * K, `a must hold M*K = ${M * K} values`);
  requireShape(b && b.length === K * N, `b must hold K*N = ${K * N} values`);
  return prepared(() => wasm.matmul(a, b, M, N, K, out));
}

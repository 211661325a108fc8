// The vocabulary the page shares with Java (dev.webaccel.protocol: Op, Backend, Phase, CaseStatus).
// VocabularyTest reads these arrays, so keep one quoted string per item in this exact shape.
export const OPS = Object.freeze(['attention', 'concat', 'conv1d', 'conv2d_patch', 'elementwise', 'gather', 'groupnorm', 'layernorm', 'linear', 'logmel', 'matmul', 'mha', 'probe', 'qmatmul', 'rmsnorm', 'rope', 'softmax', 'transpose', 'weightnorm']);
export const BACKENDS = Object.freeze(['webgpu', 'webnn', 'wasm-simd-threads', 'wasm-simd', 'wasm-scalar', 'none']);
export const PHASES = Object.freeze(['cold', 'warmup', 'timed']);
export const STATUSES = Object.freeze(['ok', 'not-run', 'error']);

export const BACKEND = Object.freeze({
  WEBGPU: 'webgpu', WEBNN: 'webnn', WASM_SIMD_THREADS: 'wasm-simd-threads', WASM_SIMD: 'wasm-simd',
  WASM_SCALAR: 'wasm-scalar', NONE: 'none',
});
export const PHASE = Object.freeze({ COLD: 'cold', WARMUP: 'warmup', TIMED: 'timed' });
export const STATUS = Object.freeze({ OK: 'ok', NOT_RUN: 'not-run', ERROR: 'error' });

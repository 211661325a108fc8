// The page's one out-of-memory error and the one place for its advice (the guide's "Out of memory" row: the model
// is too large for the device's memory). Thrown when a buffer or tensor is larger than the WebGPU device allows, when
// the device reports an out-of-memory error, and when WebAssembly memory cannot grow far enough.

export const OUT_OF_MEMORY_ADVICE = 'Use lower precision (f16 or 4-bit weights) or a smaller model.';

export class OutOfMemoryError extends Error {
  /** @param problem what did not fit, e.g. "tensor 'x' (4096 bytes) is larger than ..." */
  constructor(problem) {
    super(`Out of memory: ${problem}. ${OUT_OF_MEMORY_ADVICE}`);
    this.name = 'OutOfMemoryError';
    this.kind = 'out-of-memory';
  }
}

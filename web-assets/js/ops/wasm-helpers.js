// Helpers for the WebAssembly host code (js/ops/<op>/wasm.js). Tensors arrive resident in the module's memory
// (WasmTensor); run() writes into the output tensor it was given, so nothing is copied out between nodes.

export function requireShape(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** The prepared-node shape of the WASM op contract: run() writes into out; nothing of its own to free. */
export function prepared(run) {
  return {run, dispose: () => {}};
}

// Helpers for the WebAssembly host code (js/ops/wasm/<op>.js): inputs are copied into the module's memory
// once at prepare time (resident tensors), every run() calls the kernel and returns a fresh Float32Array.

export function requireShape(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Uploads the named inputs (those present) into wasm memory; returns {name: WasmTensor} and a disposer. */
export function resident(wasm, inputs, names) {
  const tensors = {};
  for (const name of names) {
    if (inputs[name]) {
      tensors[name] = wasm.upload(inputs[name]);
    }
  }
  return {tensors, dispose: () => Object.values(tensors).forEach((t) => t.free())};
}

/** The prepared-op shape of the op contract from a run function and the resident tensors. */
export function prepared(run, held) {
  return {run, dispose: held.dispose};
}

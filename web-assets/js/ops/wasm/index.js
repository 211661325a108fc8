// WebAssembly host code per op (each module exports name and prepareWasm(wasm, spec, inputs)).
export const WASM_OPS = [];

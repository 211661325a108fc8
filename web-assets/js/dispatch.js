// Chooses the backend for one case and says why (the guide's dispatch_operation / get_optimal_backend).
// Order under policy 'auto': WebGPU, then WebNN (only where a context was created and the op has a WebNN graph),
// then WebAssembly (SIMD + threads, SIMD, scalar: the best this page can load). Forced policies
// (-Dbackend=webgpu|wasm|wasm-scalar) never fall back to something else.
import { Gpu } from './backends/webgpu.js';
import { WebNN } from './backends/webnn.js';

/** Backend state of one page run: created lazily, remembered across cases. */
export function backendState(wasmBackends) {
  return {
    gpu: null, gpuError: null,         // WebGPU device (Gpu) or why it could not be created
    webnn: null, webnnError: null,     // WebNN context (WebNN) or why not
    wasm: wasmBackends,                // WasmBackends
  };
}

/**
 * @param policy auto | webgpu | wasm | wasm-scalar
 * @returns {Promise<{backend: string, reason: string, target: object|null}>} backend is one of webgpu, webnn,
 *   wasm-simd-threads, wasm-simd, wasm-scalar, or 'none' when nothing may run it (reason says why)
 */
export async function dispatchOperation(op, spec, capabilities, policy, state) {
  if (policy.startsWith('wasm')) {  // wasm, wasm-scalar (Settings); wasm-simd, wasm-simd-threads (per-run plans)
    return onWasm(op, policy, `forced by -Dbackend=${policy}`, state);
  }
  const gpuProblem = await webGpuProblem(op, capabilities, state);
  if (gpuProblem === null) {
    return { backend: 'webgpu', reason: policy === 'webgpu' ? 'forced by -Dbackend=webgpu' : 'WebGPU device available', target: state.gpu };
  }
  if (policy === 'webgpu') {
    return { backend: 'none', reason: `forced webgpu, but ${gpuProblem}`, target: null };
  }
  const nnProblem = await webNnProblem(spec, capabilities, state);
  if (nnProblem === null) {
    return { backend: 'webnn', reason: `WebGPU not used: ${gpuProblem}; WebNN ${state.webnn.deviceType} context`, target: state.webnn };
  }
  return onWasm(op, 'wasm', `fell back to WebAssembly: ${gpuProblem}; WebNN not used: ${nnProblem}`, state);
}

async function onWasm(op, wanted, why, state) {
  if (!op.prepareWasm) {
    return { backend: 'none', reason: `${why}, but op ${op.name} has no WebAssembly implementation`, target: null };
  }
  try {
    const { backend, wasm, notes } = await state.wasm.resolve(wanted);
    return { backend, reason: `${why}; ${notes.join('; ')}`, target: wasm };
  } catch (e) {
    return { backend: 'none', reason: `${why}, but ${e.message}`, target: null };
  }
}

/** null when WebGPU can run this op now, else the reason it cannot (the fallback reason). */
async function webGpuProblem(op, capabilities, state) {
  if (!capabilities.webgpu.available) {
    return capabilities.webgpu.reason.startsWith('navigator.gpu')
      ? `no navigator.gpu (${capabilities.webgpu.reason})` : `no adapter (${capabilities.webgpu.reason})`;
  }
  if (!op.prepareWebGpu) return `op ${op.name} has no WebGPU implementation`;
  if (!state.gpu && !state.gpuError) {
    try {
      state.gpu = await Gpu.create();
    } catch (e) {
      state.gpuError = `${e.name || 'Error'}: ${e.message}`;
    }
  }
  if (state.gpuError) return `device creation failed: ${state.gpuError}`;
  if (state.gpu.lost) {
    const info = state.gpu.lostInfo;
    return `device lost (reason '${info.reason}'${info.message ? `: ${info.message}` : ''})`;
  }
  return null;
}

/** null when WebNN can run this case, else why not. Creates the context once. */
async function webNnProblem(spec, capabilities, state) {
  if (!capabilities.webnn || !capabilities.webnn.apiPresent) return 'navigator.ml is undefined';
  if (!Object.values(capabilities.webnn.contexts || {}).some((c) => c.created)) {
    const errors = Object.entries(capabilities.webnn.contexts || {}).map(([d, c]) => `${d}: ${c.error}`);
    return `navigator.ml.createContext failed (${errors.join('; ')})`;
  }
  if (!state.webnn && !state.webnnError) {
    try {
      state.webnn = await WebNN.create();
    } catch (e) {
      state.webnnError = e.message;
    }
  }
  if (state.webnnError) return state.webnnError;
  return state.webnn.supports(spec);
}

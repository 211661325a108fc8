// Chooses the backend for one case (a graph of ops) and says why (the guide's dispatch_operation /
// get_optimal_backend). Order under policy 'auto': WebGPU (every op of the graph has WebGPU host code), then WebNN
// (only where a context was created and the case has a WebNN graph), then WebAssembly (SIMD + threads, SIMD,
// scalar: the best this page can load). Forced policies (-Dbackend=webgpu|wasm|wasm-scalar) never fall back to
// something else.
import { Gpu } from './backends/webgpu.js';
import { WebNN } from './backends/webnn.js';
import { findOp } from './ops/registry.js';
import { BACKEND } from './vocabulary.js';

/** Backend state of one page run: created lazily, remembered across cases. */
export function backendState(wasmBackends) {
  return {
    gpu: null, gpuError: null,         // WebGPU device (Gpu) or why it could not be created
    webnn: null, webnnError: null,     // WebNN context (WebNN) or why not
    wasm: wasmBackends,                // WasmBackends
  };
}

/**
 * @param spec one case of the plan (its nodes name the ops)
 * @param policy auto | webgpu | wasm | wasm-scalar (or wasm-simd, wasm-simd-threads per run)
 * @returns {Promise<{backend: string, reason: string, target: object|null, threads: number|null}>} backend is one
 *   of the vocabulary's BACKENDS ('none' when nothing may run it: reason says why); threads: WASM worker threads
 */
export async function dispatchCase(spec, capabilities, policy, state) {
  const ops = spec.nodes.map((node) => findOp(node.op));
  if (policy.startsWith('wasm')) {
    return onWasm(ops, policy, `forced by -Dbackend=${policy}`, state);
  }
  const gpuProblem = await webGpuProblem(ops, capabilities, state);
  if (gpuProblem === null) {
    return { backend: BACKEND.WEBGPU, reason: policy === BACKEND.WEBGPU ? 'forced by -Dbackend=webgpu' : 'WebGPU device available',
      target: state.gpu, threads: null };
  }
  if (policy === BACKEND.WEBGPU) {
    return { backend: BACKEND.NONE, reason: `forced webgpu, but ${gpuProblem}`, target: null, threads: null };
  }
  const nnProblem = await webNnProblem(spec, capabilities, state);
  if (nnProblem === null) {
    return { backend: BACKEND.WEBNN, reason: `WebGPU not used: ${gpuProblem}; WebNN ${state.webnn.deviceType} context`,
      target: state.webnn, threads: null };
  }
  return onWasm(ops, 'wasm', `fell back to WebAssembly: ${gpuProblem}; WebNN not used: ${nnProblem}`, state);
}

async function onWasm(ops, wanted, why, state) {
  const missing = ops.find((op) => !op.wasm);
  if (missing) {
    return { backend: BACKEND.NONE, reason: `${why}, but op ${missing.name} has no WebAssembly implementation`,
      target: null, threads: null };
  }
  try {
    const { backend, wasm, notes } = await state.wasm.resolve(wanted);
    return { backend, reason: `${why}; ${notes.join('; ')}`, target: wasm, threads: Math.max(1, wasm.workers.length) };
  } catch (e) {
    return { backend: BACKEND.NONE, reason: `${why}, but ${e.message}`, target: null, threads: null };
  }
}

/** null when WebGPU can run these ops now, else the reason it cannot (the fallback reason). */
async function webGpuProblem(ops, capabilities, state) {
  if (!capabilities.webgpu.available) {
    return capabilities.webgpu.reason.startsWith('navigator.gpu')
      ? `no navigator.gpu (${capabilities.webgpu.reason})` : `no adapter (${capabilities.webgpu.reason})`;
  }
  const missing = ops.find((op) => !op.webgpu);
  if (missing) return `op ${missing.name} has no WebGPU implementation`;
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

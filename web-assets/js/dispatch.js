// Chooses the backend for one case from the capabilities and the forced policy, and says why.
// (The guide's dispatch_operation / get_optimal_backend.)

/**
 * @param policy auto | webgpu | wasm | wasm-scalar
 * @returns {{backend: string, reason: string}} backend is 'none' when nothing can run it
 */
export function chooseBackend(op, capabilities, policy, gpuState) {
  const webgpuProblem = webGpuProblem(op, capabilities, gpuState);
  if (policy === 'wasm' || policy === 'wasm-scalar') {
    if (!op.prepareWasm) return { backend: 'none', reason: `forced ${policy}, but op ${op.name} has no WebAssembly implementation` };
    return { backend: policy, reason: `forced by -Dbackend=${policy}` };
  }
  if (webgpuProblem === null) {
    return { backend: 'webgpu', reason: policy === 'webgpu' ? 'forced by -Dbackend=webgpu' : 'WebGPU adapter available' };
  }
  if (policy === 'webgpu') {
    return { backend: 'none', reason: `forced webgpu, but ${webgpuProblem}` };
  }
  if (op.prepareWasm) {
    const flavour = capabilities.wasm.simd ? 'wasm' : 'wasm-scalar';
    return { backend: flavour, reason: `fell back to WebAssembly: ${webgpuProblem}` };
  }
  return { backend: 'none', reason: `not run on WebGPU: ${webgpuProblem}; op ${op.name} has no WebAssembly implementation yet` };
}

function webGpuProblem(op, capabilities, gpuState) {
  if (!capabilities.webgpu.available) return capabilities.webgpu.reason;
  if (gpuState.error) return `device creation failed: ${gpuState.error}`;
  if (gpuState.gpu && gpuState.gpu.lost) return `device lost: ${gpuState.gpu.lostInfo.message || gpuState.gpu.lostInfo.reason}`;
  if (!op.prepareWebGpu) return `op ${op.name} has no WebGPU implementation`;
  return null;
}

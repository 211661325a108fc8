// What a person sees on the harness page (headed runs, failure screenshots): capabilities and each case's outcome.
// Display only: the page's results travel over the channel, never through the DOM.

export function showCapabilities(capabilities) {
  const gpu = capabilities.webgpu.available
    ? `WebGPU: ${capabilities.webgpu.adapter.description || capabilities.webgpu.adapter.architecture || 'unnamed adapter'}`
    : `WebGPU: none (${capabilities.webgpu.reason})`;
  const wasm = `WASM SIMD ${capabilities.wasm.simd ? 'yes' : 'no'}, threads ${capabilities.wasm.threads ? 'yes' : 'no'}`;
  document.getElementById('capabilities').textContent =
    `${capabilities.browserName} ${capabilities.browserVersion} | ${gpu} | ${wasm} | timer ${capabilities.timerResolutionMs.toPrecision(3)} ms`;
}

export function showCase(caseId, status, backend, reason) {
  const row = document.createElement('tr');
  for (const text of [caseId, status, backend, reason]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.appendChild(cell);
  }
  row.className = status;
  document.getElementById('cases').appendChild(row);
}

// Entry point of the harness page: connect, report capabilities, run the plan case by case, report done.
import { Channel } from './channel.js';
import { captureConsole } from './console-capture.js';
import { detectCapabilities } from './capabilities.js';
import { chooseBackend } from './dispatch.js';
import { measure } from './measure.js';
import { fetchInputs, encodeF32 } from './tensor.js';
import { findOp } from './ops/index.js';
import { Gpu } from './backends/webgpu.js';

const status = (text) => {
  document.getElementById('status').textContent = text;
};

async function main() {
  const params = new URLSearchParams(location.search);
  const run = params.get('run');
  const token = params.get('token');
  if (!run || !token) {
    status('this page needs ?run=<id>&token=<token>; open it through webaccel');
    return;
  }
  const { channel, plan } = await Channel.open(run, token);
  captureConsole(channel);
  channel.hello();
  const capabilities = await detectCapabilities();
  channel.capabilities(capabilities);
  const gpuState = { gpu: null, error: null };
  let casesRun = 0;
  for (const [index, spec] of plan.cases.entries()) {
    status(`case ${index + 1}/${plan.cases.length}: ${spec.id}`);
    if (await runCase(channel, run, token, spec, plan.settings, capabilities, gpuState)) casesRun++;
  }
  if (gpuState.gpu && !gpuState.gpu.lost) gpuState.gpu.destroy();
  channel.done(casesRun);
  status('done');
  await channel.close();
}

async function runCase(channel, run, token, spec, settings, capabilities, gpuState) {
  const timerResolutionMs = capabilities.timerResolutionMs;
  try {
    const op = findOp(spec.op);
    if (capabilities.webgpu.available && !gpuState.gpu && !gpuState.error && settings.backend !== 'wasm'
        && settings.backend !== 'wasm-scalar') {
      try {
        gpuState.gpu = await Gpu.create();
      } catch (e) {
        gpuState.error = e.message;
      }
    }
    const choice = chooseBackend(op, capabilities, settings.backend, gpuState);
    if (choice.backend === 'none') {
      channel.caseResult({ caseId: spec.id, status: 'not-run', backend: 'none', reason: choice.reason, output: null, timerResolutionMs });
      return false;
    }
    const inputs = await fetchInputs(run, token, spec);
    const prepare = () => prepareOn(choice.backend, op, spec, inputs, gpuState);
    const report = (s) => channel.send('sample', { caseId: spec.id, ...s, method: `${choice.backend}: ${s.method}` });
    const gpu = choice.backend === 'webgpu' ? gpuState.gpu : null;
    const output = await measure(prepare, settings, report, { gpu, timerResolutionMs });
    channel.caseResult({
      caseId: spec.id, status: 'ok', backend: choice.backend, reason: choice.reason,
      output: encodeF32(output, spec.output.shape), timerResolutionMs,
    });
    return true;
  } catch (e) {
    channel.error(spec.id, e.kind || 'case-failed', e);
    channel.caseResult({ caseId: spec.id, status: 'error', backend: 'none', reason: `${e.name || 'Error'}: ${e.message}`, output: null, timerResolutionMs });
    return false;
  }
}

function prepareOn(backend, op, spec, inputs, gpuState) {
  if (backend === 'webgpu') return op.prepareWebGpu(gpuState.gpu, spec, inputs);
  if (backend === 'webnn') return op.prepareWebNN(gpuState.webnn, spec, inputs);
  return op.prepareWasm({ scalar: backend === 'wasm-scalar' }, spec, inputs);
}

main().catch((e) => {
  status(`failed: ${e.message}`);
  console.error(e);
});

// Entry point of the harness page: connect, report capabilities, run the plan case by case, report done.
import { Channel } from './channel.js';
import { captureConsole } from './console-capture.js';
import { detectCapabilities } from './capabilities.js';
import { backendState, dispatchOperation } from './dispatch.js';
import { measure } from './measure.js';
import { fetchInputs, encodeF32 } from './tensor.js';
import { findOp } from './ops/index.js';
import { WasmBackends } from './backends/wasm-backends.js';
import { showCapabilities, showCase } from './view.js';

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
  showCapabilities(capabilities);
  const state = backendState(new WasmBackends());
  let casesRun = 0;
  for (const [index, spec] of plan.cases.entries()) {
    status(`case ${index + 1}/${plan.cases.length}: ${spec.id}`);
    if (await runCase(channel, run, token, spec, plan.settings, capabilities, state)) casesRun++;
    if (plan.settings.destroyDeviceAfterCase === spec.id) await destroyDevice(channel, state);
  }
  if (state.gpu && !state.gpu.lost) state.gpu.destroy();
  channel.log('info', `wasm-stats ${JSON.stringify(state.wasm.stats())}`);
  state.wasm.dispose();
  channel.done(casesRun);
  status('done');
  await channel.close();
}

async function runCase(channel, run, token, spec, settings, capabilities, state) {
  const timerResolutionMs = capabilities.timerResolutionMs;
  try {
    const op = findOp(spec.op);
    const choice = await dispatchOperation(op, spec, capabilities, settings.backend, state);
    if (choice.backend === 'none') {
      finish(channel, { caseId: spec.id, status: 'not-run', backend: 'none', reason: choice.reason, output: null, timerResolutionMs });
      return false;
    }
    const inputs = await fetchInputs(run, token, spec);
    const prepare = () => prepareOn(choice, op, spec, inputs);
    const report = (sample) => channel.send('sample', { caseId: spec.id, ...sample,
      method: `${choice.backend}: ${sample.method}` });
    const gpu = choice.backend === 'webgpu' ? choice.target : null;
    const output = await measure(prepare, settings, report, { gpu, timerResolutionMs, backend: choice.backend });
    finish(channel, {
      caseId: spec.id, status: 'ok', backend: choice.backend, reason: choice.reason,
      output: encodeF32(output, spec.output.shape), timerResolutionMs,
    });
    return true;
  } catch (e) {
    channel.error(spec.id, e.kind || 'case-failed', e);
    finish(channel, { caseId: spec.id, status: 'error', backend: 'none', reason: `${e.name || 'Error'}: ${e.message}`, output: null, timerResolutionMs });
    return false;
  }
}

/** Sends a case's result and shows it on the page. */
function finish(channel, result) {
  channel.caseResult(result);
  showCase(result.caseId, result.status, result.backend, result.reason);
}

function prepareOn(choice, op, spec, inputs) {
  if (choice.backend === 'webgpu') return op.prepareWebGpu(choice.target, spec, inputs);
  if (choice.backend === 'webnn') return choice.target.prepare(spec, inputs);
  return op.prepareWasm(choice.target, spec, inputs);
}

/** A real fault between operations (plan.settings.destroyDeviceAfterCase): destroy the device, wait until lost. */
async function destroyDevice(channel, state) {
  if (!state.gpu) {
    channel.log('warn', 'destroyDeviceAfterCase: no WebGPU device was created, nothing to destroy');
    return;
  }
  state.gpu.device.destroy();
  const settled = await Promise.race([
    state.gpu.device.lost.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  await Promise.resolve();  // Gpu's own lost handler has recorded lostInfo by now
  channel.log('info', settled ? `device.destroy() called; device lost: ${state.gpu.lostInfo.reason}`
    : 'device.destroy() called but device.lost did not resolve within 5 s');
}

main().catch((e) => {
  status(`failed: ${e.message}`);
  console.error(e);
});

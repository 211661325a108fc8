// Entry point of the harness page: connect, report capabilities, run the plan case by case, report done.
import { Channel } from './channel.js';
import { captureConsole } from './console-capture.js';
import { detectCapabilities } from './capabilities.js';
import { backendState, dispatchCase } from './dispatch.js';
import { createSession } from './graph/session.js';
import { measure } from './measure/measure.js';
import { fetchTensors, encodeF32 } from './tensor.js';
import { loadWeights } from './weights/load.js';
import { WasmBackends } from './backends/wasm-backends.js';
import { showCapabilities, showCase } from './view.js';
import { faultAfter, faultBefore } from './test-faults.js';
import { BACKEND, STATUS } from './vocabulary.js';

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
    await faultBefore(plan, spec, channel);
    if (await runCase(channel, run, token, spec, plan.backend, capabilities, state)) casesRun++;
    await faultAfter(plan, spec, channel, state);
  }
  if (state.gpu && !state.gpu.lost) state.gpu.destroy();
  channel.log('info', `wasm-stats ${JSON.stringify(state.wasm.stats())}`);
  state.wasm.dispose();
  channel.done(casesRun);
  status('done');
  await channel.close();
}

async function runCase(channel, run, token, spec, policy, capabilities, state) {
  const timerResolutionMs = capabilities.timerResolutionMs;
  const notRun = { output: null, timerResolutionMs, readbacksPerRun: null, threads: null };
  try {
    const choice = await dispatchCase(spec, capabilities, policy, state);
    if (choice.backend === BACKEND.NONE) {
      finish(channel, { ...notRun, caseId: spec.id, status: STATUS.NOT_RUN, backend: BACKEND.NONE, reason: choice.reason });
      return false;
    }
    const loadStart = performance.now();
    const constants = { ...await fetchTensors(run, token, spec), ...await loadWeights(run, token, spec) };
    const loadMs = performance.now() - loadStart;
    const prepare = () => createSession(choice, spec, constants);
    const report = (sample) => channel.send('sample', { caseId: spec.id, ...sample,
      method: `${choice.backend}: ${sample.method}` });
    const gpu = choice.backend === BACKEND.WEBGPU ? choice.target : null;
    const { output, readbacksPerRun, memory } = await measure(prepare, spec.timing, report,
        { gpu, timerResolutionMs, backend: choice.backend });
    finish(channel, {
      caseId: spec.id, status: STATUS.OK, backend: choice.backend, reason: choice.reason,
      output: encodeF32(output, spec.output.shape), timerResolutionMs, readbacksPerRun, threads: choice.threads,
      loadMs, memory,
    });
    return true;
  } catch (e) {
    channel.error(spec.id, e.kind || 'case-failed', e);
    finish(channel, { ...notRun, caseId: spec.id, status: STATUS.ERROR, backend: BACKEND.NONE,
      reason: `${e.name || 'Error'}: ${e.message}` });
    return false;
  }
}

/** Sends a case's result and shows it on the page. */
function finish(channel, result) {
  channel.caseResult(result);
  showCase(result.caseId, result.status, result.backend, result.reason);
}

main().catch((e) => {
  status(`failed: ${e.message}`);
  console.error(e);
});

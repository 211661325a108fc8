// The one measurement protocol, and the only code that repeats an operation and divides (Java's TimingSpec
// declares it per case: {warmup, iterations, minTimeMs, tickMultiple, opsPerRun, minSampleMs, slowdown}):
//  1. cold: prepare (session: pipelines, uploads) + one operation; one sample, kept apart;
//  2. warm-up: `warmup` samples of opsPerRun operations, reported as 'warmup' and not counted;
//  3. sizing: where the page observes completion on a coarse tick (Firefox: ~100 ms) one readback per operation
//     would measure the tick, so a sample runs opsPerRun x B operations ending at ONE readback, with B grown until
//     a sample lasts >= max(tickMultiple x the tick, minSampleMs) (and shrunk again on an overshoot);
//  4. timed samples until both `iterations` and `minTimeMs` are reached.
// Every sample reports time PER OPERATION (total / ops) and its `ops`. On WebGPU the session encodes the ops of a
// sample into one compute pass and, with 'timestamp-query', GPU time is the pass's time / ops.
// slowdown (a test setting, 1 = off) runs each counted operation that many times, so that a regression is real.
import { PHASE, BACKEND } from '../vocabulary.js';
import { GpuTiming, observeCompletionTick } from './gpu-timing.js';

const MAX_OPS = 65536;
const MAX_SIZINGS = 8;

/** How a wall-clock sample starts and ends on each backend (its sync point differs). */
export function wallClockMethod(backend) {
  if (backend === BACKEND.WEBGPU) return 'performance.now() from encode to mapAsync readback resolved';
  if (backend === BACKEND.WEBNN) {
    return 'performance.now() around the graph dispatches to the output readback (readTensor/compute resolved)';
  }
  return 'performance.now() around the kernel calls to the output readback (copy out of wasm memory)';
}

/**
 * @param prepare async () => session {run(ops, timing?) -> Float32Array, readbacks, dispose()}; timed in the cold sample
 * @param timing the case's TimingSpec
 * @param report ({phase, index, wallMs, gpuMs, ops, quantumMs, timerResolutionMs, method}) => void
 * @param context {gpu: the Gpu when the case runs on WebGPU, else null; timerResolutionMs; backend}
 * @returns {{output: Float32Array, readbacksPerRun: number}} the last timed sample's output and its readbacks
 */
export async function measure(prepare, timing, report, { gpu = null, timerResolutionMs, backend }) {
  const gpuTiming = gpu ? new GpuTiming(gpu) : null;
  try {
    return await measureWith(prepare, timing, report, gpuTiming, gpu, timerResolutionMs, wallClockMethod(backend));
  } finally {
    if (gpuTiming) gpuTiming.dispose();
  }
}

async function measureWith(prepare, timing, report, gpuTiming, gpu, timerResolutionMs, wallMethod) {
  const opsPerRun = timing.opsPerRun || 1;
  const coldStart = performance.now();
  const session = await prepare();
  try {
    let output = await session.run(1, gpuTiming);
    const coldMs = performance.now() - coldStart;
    if (gpuTiming) gpuTiming.take();
    const quantumMs = gpu ? await observeCompletionTick(gpu) : timerResolutionMs;
    const sample = (phase, index, totalMs, ops, method) => {
      const gpuTotal = gpuTiming ? gpuTiming.take() : null;
      const gpuPart = gpuTotal !== null ? '; gpuMs: timestamp-query at the beginning and end of the compute pass / ops'
        : `; no GPU time: ${!gpu ? 'not a WebGPU run' : gpuTiming.problem}`;
      report({
        phase, index, wallMs: totalMs / ops, gpuMs: gpuTotal === null ? null : gpuTotal / ops, ops, quantumMs,
        timerResolutionMs, method: method + gpuPart,
      });
    };
    const cold = `${wallMethod}; cold: session creation (pipelines, uploads) and one operation`
        + `${gpu ? `, completion tick ${fmt(quantumMs)} ms included` : ''}`;
    report({ phase: PHASE.COLD, index: 0, wallMs: coldMs, gpuMs: null, ops: 1, quantumMs, timerResolutionMs,
      method: cold });

    const slowdown = timing.slowdown || 1;
    const slowed = slowdown > 1 ? `; DELIBERATELY SLOWED: each counted operation ran ${slowdown} times (test setting `
        + '-Dtest.slowdown)' : '';
    const runOps = async (ops) => {
      const t0 = performance.now();
      output = await session.run(ops * slowdown, gpuTiming);
      return performance.now() - t0;
    };

    let lastMs = NaN;
    for (let i = 0; i < timing.warmup; i++) {
      lastMs = await runOps(opsPerRun);
      sample(PHASE.WARMUP, i, lastMs, opsPerRun, wallMethod + slowed);
    }

    // Sizing (not reported as samples, so that 'warmup' stays exactly timing.warmup).
    const tickMultiple = timing.tickMultiple || 1;
    const targetMs = Math.max(tickMultiple * Math.max(quantumMs, timerResolutionMs), timing.minSampleMs || 0);
    let batch = 1;
    const maxBatch = Math.max(1, Math.floor(MAX_OPS / (opsPerRun * slowdown)));
    const tooShort = () => !(lastMs >= targetMs) && batch < maxBatch;
    const tooLong = () => batch > 1 && lastMs > 4 * targetMs;  // a batch can cost more per op (seen on lavapipe)
    for (let sizings = 0; (tooShort() || tooLong()) && sizings < MAX_SIZINGS; sizings++) {
      if (tooLong()) {
        batch = Math.max(1, Math.ceil((1.2 * targetMs) / (lastMs / batch)));
      } else if (Number.isFinite(lastMs)) {
        const perBatch = Math.max(lastMs / batch, 1e-3);
        batch = Math.min(maxBatch, Math.max(batch * 2, Math.ceil((1.2 * targetMs) / perBatch)));
      }
      lastMs = await runOps(opsPerRun * batch);
      if (gpuTiming) gpuTiming.take();
    }

    const ops = opsPerRun * batch;
    const method = `${wallMethod}; ${ops} operation(s) per sample (${opsPerRun} per run x ${batch}) ending at one `
        + `readback, per-operation time = total/${ops}; sized for >= max(${tickMultiple} x the observed completion `
        + `tick of ${fmt(quantumMs)} ms, ${fmt(timing.minSampleMs || 0)} ms) (timer resolution ${fmt(timerResolutionMs)} ms)`
        + slowed;
    const started = performance.now();
    for (let i = 0; i < timing.iterations || performance.now() - started < timing.minTimeMs; i++) {
      sample(PHASE.TIMED, i, await runOps(ops), ops, method);
    }
    return { output, readbacksPerRun: session.readbacks, memory: session.memory ? session.memory() : null };
  } finally {
    session.dispose();
  }
}

function fmt(ms) {
  return ms >= 1 ? ms.toFixed(1) : ms.toPrecision(2);
}

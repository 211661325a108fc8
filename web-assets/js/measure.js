// The one measurement protocol for every workload:
//  1. cold: prepare (pipelines, buffers) + the first run, one sample, kept apart from warm samples;
//  2. warm-up runs, reported as 'warmup' and not counted;
//  3. batch sizing: where the page observes completion on a coarse tick (Firefox: ~100 ms), one readback per
//     run would measure the tick, not the work. Each timed sample therefore runs the op B times and ends at ONE
//     readback, with B grown until a sample lasts >= tickMultiple x the observed tick; the sample reports the
//     per-run time total/B, B and the tick. Where the tick is small (Chromium), B stays 1;
//  4. timed samples until both `iterations` and `minTimeMs` are reached.
// GPU ops that encode through ops/shared.js runPasses repeat their passes inside one compute pass and, where the
// device has 'timestamp-query', also report GPU time per run (js/timestamps.js). Other ops (and WebAssembly)
// are batched by calling run() B times; their samples have no GPU time. Every sample says how it was measured.
import { GpuTiming, observeCompletionTick } from './timestamps.js';

export const WALL_CLOCK_METHOD = 'performance.now() from encode to mapAsync readback resolved';

/** How a wall-clock sample starts and ends on each backend (its sync point differs). */
export function wallClockMethod(backend) {
  if (backend === 'webgpu') return WALL_CLOCK_METHOD;
  if (backend === 'webnn') return 'performance.now() around run(): graph dispatch to output readback (readTensor/compute resolved)';
  return 'performance.now() around run(): kernel call(s) to output readback (copy out of wasm memory)';
}
const MAX_BATCH = 4096;
const MAX_CALIBRATIONS = 8;

/**
 * @param prepare async () => prepared op ({run, dispose}); timed as part of the cold sample
 * @param settings {warmup, iterations, minTimeMs, tickMultiple?}
 * @param report ({phase, index, wallMs, gpuMs, batch, quantumMs, timerResolutionMs, method}) => void
 * @param context {gpu: the Gpu when the case runs on WebGPU, else null; timerResolutionMs; backend}
 * @returns the output of the last timed run
 */
export async function measure(prepare, settings, report, { gpu = null, timerResolutionMs, backend = 'webgpu' }) {
  const timing = gpu ? GpuTiming.attach(gpu) : null;
  try {
    return await measureWith(prepare, settings, report, timing, gpu, timerResolutionMs, wallClockMethod(backend));
  } finally {
    if (timing) timing.detach();
  }
}

async function measureWith(prepare, settings, report, timing, gpu, timerResolutionMs, wallMethod) {
  const tickMultiple = settings.tickMultiple || 20;
  const coldStart = performance.now();
  const prepared = await prepare();
  try {
    let output = await prepared.run();
    const coldMs = performance.now() - coldStart;
    const hooked = timing !== null && timing.used;
    const quantumMs = gpu ? await observeCompletionTick(gpu) : timerResolutionMs;
    const sample = (phase, index, wallMs, batch, method) => {
      const gpuMs = hooked ? timing.take() : null;
      const gpuPart = gpuMs !== null ? '; gpuMs: timestamp-query at the beginning and end of the compute pass, per run'
        : `; no GPU time: ${!gpu ? 'not a WebGPU run' : !hooked ? 'the op does not encode through runPasses' : timing.problem}`;
      report({ phase, index, wallMs, gpuMs, batch, quantumMs, timerResolutionMs, method: method + gpuPart });
    };
    sample('cold', 0, coldMs, 1, `${wallMethod}; cold: pipeline and buffer creation included, one run`
        + `${gpu ? `, completion tick ${fmt(quantumMs)} ms included` : ''}`);

    const runBatch = async (batch) => {
      if (hooked) timing.repeats = batch;
      const t0 = performance.now();
      try {
        if (hooked) {
          output = await prepared.run();
        } else {
          for (let i = 0; i < batch; i++) output = await prepared.run();
        }
      } finally {
        if (hooked) timing.repeats = 1;
      }
      return performance.now() - t0;
    };

    let lastMs = NaN;
    for (let i = 0; i < settings.warmup; i++) {
      lastMs = await runBatch(1);
      sample('warmup', i, lastMs, 1, wallMethod);
    }

    // Batch sizing (not reported as samples, so that 'warmup' stays exactly settings.warmup).
    const targetMs = tickMultiple * Math.max(quantumMs, timerResolutionMs);
    let batch = 1;
    let calibrations = 0;
    // A batch can cost more per run than a single run did (seen on lavapipe), so an overshoot is sized down again.
    const tooShort = () => !(lastMs >= targetMs) && batch < MAX_BATCH;
    const tooLong = () => batch > 1 && lastMs > 4 * targetMs;
    while ((tooShort() || tooLong()) && calibrations < MAX_CALIBRATIONS) {
      if (tooLong()) {
        batch = Math.max(1, Math.ceil((1.2 * targetMs) / (lastMs / batch)));
      } else if (Number.isFinite(lastMs)) {
        const perRun = Math.max(lastMs / batch, 1e-3);
        batch = Math.min(MAX_BATCH, Math.max(batch * 2, Math.ceil((1.2 * targetMs) / perRun)));
      }
      lastMs = await runBatch(batch);
      if (hooked) timing.take();
      calibrations++;
    }

    const method = `${wallMethod}; ${batch} run(s) per sample ending at one readback, per-run time = `
        + `total/${batch}; sized for >= ${tickMultiple} x the observed completion tick of ${fmt(quantumMs)} ms `
        + `(timer resolution ${fmt(timerResolutionMs)} ms)`;
    const started = performance.now();
    for (let i = 0; i < settings.iterations || performance.now() - started < settings.minTimeMs; i++) {
      const totalMs = await runBatch(batch);
      sample('timed', i, totalMs / batch, batch, method);
    }
    return output;
  } finally {
    prepared.dispose();
  }
}

function fmt(ms) {
  return ms >= 1 ? ms.toFixed(1) : ms.toPrecision(2);
}

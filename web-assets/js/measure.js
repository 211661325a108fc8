// The one measurement protocol: a cold run (pipeline creation included), warm-up runs (not counted), then
// timed runs until both the iteration count and the minimum total time are reached. Every timed run ends at
// a real sync point (the op's readback), and every sample says how it was measured.

export const WALL_CLOCK_METHOD = 'performance.now() from encode to mapAsync readback resolved';

/**
 * @param prepare async () => prepared op ({run, dispose}); timed as part of the cold sample
 * @param report (phase, index, wallMs, gpuMs, method) => void
 * @returns the output of the last timed run
 */
export async function measure(prepare, settings, report) {
  const coldStart = performance.now();
  const prepared = await prepare();
  try {
    let output = await prepared.run();
    report('cold', 0, performance.now() - coldStart, null, `${WALL_CLOCK_METHOD}, pipeline and buffer creation included`);
    for (let i = 0; i < settings.warmup; i++) {
      const t0 = performance.now();
      output = await prepared.run();
      report('warmup', i, performance.now() - t0, null, WALL_CLOCK_METHOD);
    }
    const started = performance.now();
    for (let i = 0; i < settings.iterations || performance.now() - started < settings.minTimeMs; i++) {
      const t0 = performance.now();
      output = await prepared.run();
      report('timed', i, performance.now() - t0, null, WALL_CLOCK_METHOD);
    }
    return output;
  } finally {
    prepared.dispose();
  }
}

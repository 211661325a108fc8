// GPU-side timing hook for ops that encode through ops/shared.js runPasses. measure.js attaches one to the gpu
// object (gpu.timing); runPasses then (1) encodes its passes `repeats` times in the one compute pass, so a batch of
// runs ends at a single readback, and (2) where the device has 'timestamp-query', writes timestamps at the
// beginning and end of that pass, resolves them after it and reads them back beside the output (the two maps
// resolve together, so Firefox's completion tick is paid once). Ops that do not use runPasses leave gpuMs null.

const QUERY_BYTES = 16; // two u64 timestamps

export class GpuTiming {
  /** Attaches a timing hook to gpu (replacing any earlier one) and returns it. */
  static attach(gpu) {
    const timing = new GpuTiming(gpu);
    gpu.timing = timing;
    return timing;
  }

  constructor(gpu) {
    this.gpu = gpu;
    this.repeats = 1;
    this.timestamps = gpu.device.features.has('timestamp-query');
    this.lastGpuMs = null;
    this.problem = this.timestamps ? '' : 'the device has no timestamp-query feature';
    if (this.timestamps) {
      const device = gpu.device;
      this.querySet = device.createQuerySet({ type: 'timestamp', count: 2 });
      this.resolveBuffer = device.createBuffer({ size: QUERY_BYTES, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
    }
    this.pending = null;
    this.used = false; // set when runPasses asks for the descriptor: the op honours repeats
  }

  /** The compute pass descriptor runPasses begins its pass with. */
  passDescriptor() {
    this.used = true;
    if (!this.timestamps) return {};
    return { timestampWrites: { querySet: this.querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } };
  }

  /** Called by runPasses after pass.end(), before finish(): resolves the queries into a fresh mappable buffer. */
  afterPass(encoder) {
    if (!this.timestamps) return;
    const staging = this.gpu.device.createBuffer({ size: QUERY_BYTES, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    encoder.resolveQuerySet(this.querySet, 0, 2, this.resolveBuffer, 0);
    encoder.copyBufferToBuffer(this.resolveBuffer, 0, staging, 0, QUERY_BYTES);
    this.pending = staging;
  }

  /** Called by runPasses after submit, concurrently with the output readback; stores GPU ms per repeat. */
  async collect() {
    const staging = this.pending;
    this.pending = null;
    if (!staging) return;
    await staging.mapAsync(GPUMapMode.READ);
    const [begin, end] = new BigUint64Array(staging.getMappedRange().slice(0));
    staging.unmap();
    staging.destroy();
    if (begin === 0n && end === 0n) {
      this.lastGpuMs = null;
      this.problem = 'timestamp queries resolved to 0 (the implementation does not write them)';
    } else if (end < begin) {
      this.lastGpuMs = null;
      this.problem = `end timestamp ${end} before begin ${begin}`;
    } else {
      this.lastGpuMs = Number(end - begin) / 1e6 / this.repeats;
    }
  }

  /** The GPU time of the last run per repeat, or null (then `problem` says why); clears it. */
  take() {
    const value = this.lastGpuMs;
    this.lastGpuMs = null;
    return value;
  }

  detach() {
    if (this.gpu.timing === this) this.gpu.timing = null;
    if (this.querySet) this.querySet.destroy();
    if (this.resolveBuffer) this.resolveBuffer.destroy();
  }
}

/**
 * The completion tick of this device: the median wall time of back-to-back tiny copy + mapAsync readbacks (the
 * same sync point every run ends at). Firefox observes completion on a ~100 ms tick; Chromium answers in well
 * under a millisecond. Cached on the gpu object: it is a property of the page, not of a case.
 */
export async function observeCompletionTick(gpu, rounds = 5) {
  if (gpu.completionTickMs !== undefined) return gpu.completionTickMs;
  const device = gpu.device;
  const source = device.createBuffer({ size: 16, usage: GPUBufferUsage.COPY_SRC });
  const times = [];
  for (let i = 0; i <= rounds; i++) {
    const target = device.createBuffer({ size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const t0 = performance.now();
    const encoder = device.createCommandEncoder();
    encoder.copyBufferToBuffer(source, 0, target, 0, 16);
    device.queue.submit([encoder.finish()]);
    await target.mapAsync(GPUMapMode.READ);
    if (i > 0) times.push(performance.now() - t0); // the first one only aligns us with the tick
    target.unmap();
    target.destroy();
  }
  source.destroy();
  times.sort((a, b) => a - b);
  gpu.completionTickMs = times[Math.floor(times.length / 2)];
  return gpu.completionTickMs;
}

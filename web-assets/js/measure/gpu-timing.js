// GPU time of one sample: where the device has 'timestamp-query', the WebGPU session writes timestamps at the
// beginning and end of its one compute pass (passDescriptor), resolves them after it (afterPass) and reads them
// back beside the output (collect; the two maps resolve together, so Firefox's completion tick is paid once).
// take() gives the pass's TOTAL GPU time: dividing by the operations in it happens once, in measure.js.

const QUERY_BYTES = 16; // two u64 timestamps

export class GpuTiming {
  constructor(gpu) {
    this.gpu = gpu;
    this.timestamps = gpu.device.features.has('timestamp-query');
    this.lastGpuMs = null;
    this.problem = this.timestamps ? '' : 'the device has no timestamp-query feature';
    if (this.timestamps) {
      const device = gpu.device;
      this.querySet = device.createQuerySet({ type: 'timestamp', count: 2 });
      this.resolveBuffer = device.createBuffer({ size: QUERY_BYTES, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
    }
    this.pending = null;
  }

  /** The compute pass descriptor the session begins its pass with. */
  passDescriptor() {
    if (!this.timestamps) return {};
    return { timestampWrites: { querySet: this.querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } };
  }

  /** Called by the session after pass.end(), before finish(): resolves the queries into a fresh mappable buffer. */
  afterPass(encoder) {
    if (!this.timestamps) return;
    const staging = this.gpu.device.createBuffer({ size: QUERY_BYTES, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    encoder.resolveQuerySet(this.querySet, 0, 2, this.resolveBuffer, 0);
    encoder.copyBufferToBuffer(this.resolveBuffer, 0, staging, 0, QUERY_BYTES);
    this.pending = staging;
  }

  /** Called by the session after submit, concurrently with the output readback; stores the pass's GPU ms. */
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
      this.lastGpuMs = Number(end - begin) / 1e6;
    }
  }

  /** The GPU time of the last pass in ms, or null (then `problem` says why); clears it. */
  take() {
    const value = this.lastGpuMs;
    this.lastGpuMs = null;
    return value;
  }

  dispose() {
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

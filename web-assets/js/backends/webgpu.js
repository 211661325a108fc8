// WebGPU device, shader loading with compiler diagnostics, buffers and readback.
import { OutOfMemoryError } from '../out-of-memory.js';

export class ShaderCompilationError extends Error {
  constructor(file, messages) {
    super(`WGSL compilation of ${file} failed:\n${messages.join('\n')}`);
    this.name = 'ShaderCompilationError';
    this.kind = 'shader-compilation';
    this.file = file;
    this.messages = messages;
  }
}

export class LimitExceededError extends Error {
  constructor(limit, requested, allowed) {
    super(`${limit}: requested ${requested} but the device allows ${allowed}`);
    this.name = 'LimitExceededError';
    this.kind = 'limit-exceeded';
  }
}

export class Gpu {
  static async create() {
    const adapter = await navigator.gpu.requestAdapter();
    if (!adapter) throw new Error('requestAdapter() returned null');
    const wanted = ['timestamp-query', 'shader-f16', 'subgroups'].filter((f) => adapter.features.has(f));
    const device = await adapter.requestDevice({ requiredFeatures: wanted });
    return new Gpu(adapter, device);
  }

  constructor(adapter, device) {
    this.adapter = adapter;
    this.device = device;
    this.lostInfo = null;
    this.shaderSources = new Map();
    device.lost.then((info) => {
      this.lostInfo = info;
    });
  }

  get lost() {
    return this.lostInfo !== null;
  }

  async shaderModule(file) {
    let code = this.shaderSources.get(file);
    if (code === undefined) {
      const response = await fetch(`/wgsl/${encodeURIComponent(file)}`);
      if (!response.ok) throw new Error(`cannot load /wgsl/${file}: HTTP ${response.status}`);
      code = await response.text();
      this.shaderSources.set(file, code);
    }
    const module = this.device.createShaderModule({ label: file, code });
    const info = await module.getCompilationInfo();
    const errors = info.messages.filter((m) => m.type === 'error');
    if (errors.length > 0) {
      throw new ShaderCompilationError(file, errors.map((m) => `${file}:${m.lineNum}:${m.linePos}: error: ${m.message}`));
    }
    return module;
  }

  async pipeline(file, entry, constants = {}) {
    const module = await this.shaderModule(file);
    this.device.pushErrorScope('validation');
    let pipeline;
    try {
      pipeline = await this.device.createComputePipelineAsync({
        label: `${file}:${entry}`,
        layout: 'auto',
        compute: { module, entryPoint: entry, constants },
      });
    } catch (e) {
      await this.device.popErrorScope();
      throw new Error(`pipeline ${file}:${entry} could not be created: ${e.message}`);
    }
    const error = await this.device.popErrorScope();
    if (error) throw new Error(`pipeline ${file}:${entry}: ${error.message}`);
    return pipeline;
  }

  /** Throws OutOfMemoryError when a buffer of this size is beyond the device's limits; `what` names it. */
  checkBufferSize(byteLength, what = 'a buffer') {
    const limits = this.device.limits;
    for (const limit of ['maxStorageBufferBindingSize', 'maxBufferSize']) {
      if (byteLength > limits[limit]) {
        throw new OutOfMemoryError(`${what} (${byteLength} bytes) is larger than this device's ${limit}`
          + ` (${limits[limit]} bytes)`);
      }
    }
  }

  /** Starts catching the device's out-of-memory errors; end with `endMemoryWatch`. */
  watchMemory() {
    this.device.pushErrorScope('out-of-memory');
  }

  /** Ends `watchMemory`: throws OutOfMemoryError naming `what` when the device ran out of memory meanwhile. */
  async endMemoryWatch(what) {
    const error = await this.device.popErrorScope();
    if (error) throw new OutOfMemoryError(`the WebGPU device could not allocate ${what} (${error.message})`);
  }

  /** createBuffer, with an allocation that fails at once (mappedAtCreation: RangeError) as OutOfMemoryError. */
  createBuffer(descriptor, what) {
    try {
      return this.device.createBuffer(descriptor);
    } catch (e) {
      if (e instanceof RangeError) {
        throw new OutOfMemoryError(`${what} (${descriptor.size} bytes) could not be allocated (${e.message})`);
      }
      throw e;
    }
  }

  checkWorkgroups(x, y = 1, z = 1) {
    const max = this.device.limits.maxComputeWorkgroupsPerDimension;
    for (const [axis, count] of [['x', x], ['y', y], ['z', z]]) {
      if (count > max) {
        throw new LimitExceededError(`maxComputeWorkgroupsPerDimension (${axis})`, count, max);
      }
    }
  }

  storage(typedArray, { readOnly = true, what = 'a buffer' } = {}) {
    const size = Math.max(16, align4(typedArray.byteLength));
    this.checkBufferSize(size, what);
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | (readOnly ? 0 : GPUBufferUsage.COPY_SRC);
    const buffer = this.createBuffer({ size, usage, mappedAtCreation: true }, what);
    new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(typedArray.buffer, typedArray.byteOffset, typedArray.byteLength));
    buffer.unmap();
    return buffer;
  }

  uniform(typedArray) {
    const size = Math.max(16, Math.ceil(typedArray.byteLength / 16) * 16);
    const buffer = this.device.createBuffer({ size, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST, mappedAtCreation: true });
    new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(typedArray.buffer, typedArray.byteOffset, typedArray.byteLength));
    buffer.unmap();
    return buffer;
  }

  output(byteLength, what = 'a buffer') {
    const size = Math.max(16, align4(byteLength));
    this.checkBufferSize(size, what);
    return this.createBuffer({ size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST },
      what);
  }

  /** Copies a GPU buffer to a mappable one and waits for the map: the sync point every timed run ends at. */
  async readback(buffer, byteLength, encoder = null) {
    const staging = this.device.createBuffer({ size: align4(byteLength), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const commands = encoder || this.device.createCommandEncoder();
    commands.copyBufferToBuffer(buffer, 0, staging, 0, align4(byteLength));
    this.device.queue.submit([commands.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    const copy = staging.getMappedRange(0, align4(byteLength)).slice(0, byteLength);
    staging.unmap();
    staging.destroy();
    return copy;
  }

  destroy() {
    this.device.destroy();
  }
}

function align4(n) {
  return Math.ceil(n / 4) * 4;
}

// Runs a case's graph on WebGPU: every constant tensor uploaded once, every intermediate resident, all nodes of
// `ops` operations encoded into ONE compute pass, and ONE readback of the graph output per run.
import { findOp } from '../ops/registry.js';
import { checkGroups, toFloat16Bits } from '../ops/gpu-helpers.js';
import { built, planGraph, weightNames } from './tensors.js';

export class WebGpuSession {
  /** @param constants {name: Float32Array|Uint32Array} the case's fetched tensors */
  static async create(gpu, spec, constants) {
    return built(new WebGpuSession(gpu, spec), constants);
  }

  constructor(gpu, spec) {
    this.gpu = gpu;
    this.spec = spec;
    this.buffers = [];   // everything this session created
    this.prepared = [];  // per node {passes, dispose}
    this.passes = [];
    this.readbacks = 0;
    this.bytes = { device: 0, weights: 0 };
  }

  /** Creates every buffer and pipeline; a device that runs out of memory meanwhile fails it with OutOfMemoryError. */
  async build(constants) {
    this.gpu.watchMemory();
    let failure = null;
    try {
      await this.buildNodes(constants);
    } catch (e) {
      failure = e;
    }
    try {
      await this.gpu.endMemoryWatch(`the buffers of case ${this.spec.id}`);
    } catch (e) {
      failure = failure || e;
    }
    if (failure) throw failure;
  }

  async buildNodes(constants) {
    const nodes = planGraph(this.spec, constants, findOp);
    const gpu = withPipelineCache(this.gpu);
    const tensors = {};
    const weights = weightNames(this.spec);
    for (const [name, values] of Object.entries(constants)) {
      tensors[name] = this.upload(name, values, wantedAs(name, nodes));
      if (weights.has(name)) this.bytes.weights += tensors[name].dtype === 'f16' ? values.length * 2 : values.byteLength;
    }
    for (const { node, op, elements } of nodes) {
      if (!op.webgpu) throw new Error(`op ${node.op} has no WebGPU implementation`);
      const out = { buffer: this.gpu.output(elements * 4, `tensor '${node.output}'`), length: elements, dtype: 'f32' };
      this.buffers.push(out.buffer);
      this.bytes.device += out.buffer.size;
      const given = Object.fromEntries(Object.entries(node.inputs).map(([input, tensor]) => [input, tensors[tensor]]));
      const prepared = await op.webgpu.prepare(gpu, node, given, out);
      this.prepared.push(prepared);
      tensors[node.output] = out;
    }
    this.passes = this.prepared.flatMap((p) => p.passes);
    for (const p of this.passes) checkGroups(this.gpu, p.groups);
    this.output = tensors[this.spec.output.name];
  }

  upload(name, values, as) {
    const dtype = values instanceof Uint32Array ? 'u32' : as;
    const buffer = this.gpu.storage(dtype === 'f16' ? toFloat16Bits(values) : values,
      { readOnly: true, what: `tensor '${name}'` });
    this.buffers.push(buffer);
    this.bytes.device += buffer.size;
    return { buffer, length: values.length, dtype };
  }

  /** Encodes the graph `ops` times in one compute pass, submits, reads the output back once. */
  async run(ops, timing = null) {
    const device = this.gpu.device;
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass(timing ? timing.passDescriptor() : {});
    for (let r = 0; r < ops; r++) {
      for (const p of this.passes) {
        pass.setPipeline(p.pipeline);
        pass.setBindGroup(0, p.bindGroup);
        const [x, y = 1, z = 1] = p.groups;
        pass.dispatchWorkgroups(x, y, z);
      }
    }
    pass.end();
    if (timing) timing.afterPass(encoder);
    device.queue.submit([encoder.finish()]);
    const [bytes] = await Promise.all([this.gpu.readback(this.output.buffer, this.output.length * 4),
      timing ? timing.collect() : null]);
    this.readbacks = 1;
    return new Float32Array(bytes);
  }

  /** Bytes of the GPU buffers this session holds (inputs, weights, intermediates), as its allocator counted them. */
  memory() {
    return { deviceBytes: this.bytes.device, weightBytes: this.bytes.weights,
      method: 'webgpu buffers the session created (allocated sizes); weights as stored (f32 or f16)' };
  }

  dispose() {
    for (const p of this.prepared) p.dispose();
    for (const b of this.buffers) b.destroy();
    this.prepared = [];
    this.buffers = [];
  }
}

/** 'f16' where every consumer of a constant wants it so (matmul_f16.wgsl), 'f32' where none does. */
function wantedAs(name, nodes) {
  const wants = new Set();
  for (const { node, op } of nodes) {
    for (const [input, tensor] of Object.entries(node.inputs)) {
      if (tensor !== name) continue;
      wants.add(op.webgpu && op.webgpu.uploadAs ? op.webgpu.uploadAs(input, node) : 'f32');
    }
  }
  if (wants.size > 1) throw new Error(`tensor '${name}' is read both as f16 and as f32 by the graph's nodes`);
  return wants.size === 1 ? [...wants][0] : 'f32';
}

/**
 * The session's view of the device with one pipeline per (shader, entry, constants): a model's many nodes of one
 * kernel (e.g. every linear layer) share it instead of compiling it again. Per session, so that every case's cold
 * sample still includes compiling what it uses.
 */
function withPipelineCache(gpu) {
  const pipelines = new Map();
  return new Proxy(gpu, {
    get(target, property) {
      if (property === 'pipeline') {
        return (file, entry, constants = {}) => {
          const key = `${file}|${entry}|${JSON.stringify(Object.entries(constants).sort())}`;
          if (!pipelines.has(key)) pipelines.set(key, target.pipeline(file, entry, constants));
          return pipelines.get(key);
        };
      }
      const value = target[property];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

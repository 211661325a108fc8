// Helpers shared by the WebGPU host code of the ops (js/ops/<op>/webgpu.js): uniform packing, bind groups,
// dispatch limit checks, f32 -> f16 conversion. Only uses gpu.device, gpu.pipeline, gpu.uniform, gpu.output.

export const MAX_WORKGROUPS_PER_DIM = 65535;

export function ceilDiv(a, b) {
  return Math.floor((a + b - 1) / b);
}

/** Workgroup count for grid-stride kernels: enough to cover n, capped at the per-dimension limit. */
export function gridStrideGroups(n, wg) {
  return Math.max(1, Math.min(ceilDiv(n, wg), MAX_WORKGROUPS_PER_DIM));
}

/** A uniform buffer from fields [{u32: v} | {f32: v}] in declaration order, padded to 16 bytes. */
export function uniformOf(gpu, fields) {
  const words = new Uint32Array(Math.max(4, ceilDiv(fields.length, 4) * 4));
  const view = new DataView(words.buffer);
  fields.forEach((field, i) => {
    if ('f32' in field) {
      view.setFloat32(i * 4, field.f32, true);
    } else {
      view.setUint32(i * 4, field.u32 >>> 0, true);
    }
  });
  return gpu.uniform(words);
}

/** The kernel's override constants with defaults filled in, so host and shader agree on sizes. */
export function constantsOf(spec, defaults) {
  return {...defaults, ...((spec.kernel && spec.kernel.constants) || {})};
}

/** A bind group for group 0 with exactly the given {binding: GPUBuffer} entries (layout 'auto'). */
export function bindGroupOf(gpu, pipeline, buffers) {
  return gpu.device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: Object.entries(buffers).map(([binding, buffer]) => ({binding: Number(binding), resource: {buffer}})),
  });
}

export function requireShape(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Throws the backend's LimitExceededError (naming the limit) when a dispatch is larger than the device allows. */
export function checkGroups(gpu, [x, y = 1, z = 1]) {
  if (typeof gpu.checkWorkgroups === 'function') {
    gpu.checkWorkgroups(x, y, z);
    return;
  }
  for (const count of [x, y, z]) {
    requireShape(count <= MAX_WORKGROUPS_PER_DIM, `dispatch of ${count} workgroups exceeds maxComputeWorkgroupsPerDimension ${MAX_WORKGROUPS_PER_DIM}`);
  }
}

export function destroyAll(buffers) {
  for (const buffer of buffers) {
    if (buffer) {
      buffer.destroy();
    }
  }
}

/** Float32 -> IEEE binary16 bits, round to nearest even (overflow to infinity, subnormals kept). */
export function toFloat16Bits(values) {
  const out = new Uint16Array(values.length + (values.length & 1));
  const f = new Float32Array(1);
  const u = new Uint32Array(f.buffer);
  for (let i = 0; i < values.length; i++) {
    f[0] = values[i];
    const x = u[0];
    const sign = (x >>> 16) & 0x8000;
    const exp = (x >>> 23) & 0xff;
    let mant = x & 0x7fffff;
    if (exp === 0xff) {
      out[i] = sign | 0x7c00 | (mant ? 0x200 : 0);
      continue;
    }
    let e = exp - 127 + 15;
    if (e >= 0x1f) {
      out[i] = sign | 0x7c00;
      continue;
    }
    if (e <= 0) {
      if (e < -10) {
        out[i] = sign;
        continue;
      }
      mant |= 0x800000;
      const shift = 14 - e;
      const half = 1 << (shift - 1);
      let m = mant >>> shift;
      const rest = mant & ((1 << shift) - 1);
      if (rest > half || (rest === half && (m & 1))) {
        m++;
      }
      out[i] = sign | m;
      continue;
    }
    let m = mant >>> 13;
    const rest = mant & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (m & 1))) {
      m++;
      if (m === 0x400) {
        m = 0;
        e++;
        if (e >= 0x1f) {
          out[i] = sign | 0x7c00;
          continue;
        }
      }
    }
    out[i] = sign | (e << 10) | m;
  }
  return out;
}

/** One workgroup per row: rows = x + y * gridX, as softmax.wgsl and layernorm.wgsl compute it. */
export function rowGrid(rows) {
  if (rows <= MAX_WORKGROUPS_PER_DIM) {
    return [rows, 1];
  }
  return [MAX_WORKGROUPS_PER_DIM, ceilDiv(rows, MAX_WORKGROUPS_PER_DIM)];
}

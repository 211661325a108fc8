// Node check of the page's out-of-memory errors (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/out-of-memory.test.mjs
// Every way a buffer or tensor can fail to fit gives an OutOfMemoryError whose message names what did not fit and
// carries the one advice text: a buffer beyond the device's limits, a device out-of-memory error (error scope), a
// createBuffer that throws RangeError (mappedAtCreation), and WebAssembly memory that cannot grow far enough.
import { OUT_OF_MEMORY_ADVICE, OutOfMemoryError } from '../js/out-of-memory.js';
import { Gpu } from '../js/backends/webgpu.js';
import { loadWasm } from '../js/backends/wasm.js';
import { WasmSession } from '../js/graph/wasm-session.js';

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const expectOom = async (what, expected, action) => {
  try {
    await action();
    check(false, `${what}: no error`);
  } catch (e) {
    const ok = e instanceof OutOfMemoryError && e.kind === 'out-of-memory' && e.message === expected;
    check(ok, `${what}: ${e.name} ${e.message}`);
  }
};

globalThis.GPUBufferUsage = { STORAGE: 128, COPY_DST: 8, COPY_SRC: 4, MAP_READ: 1, UNIFORM: 64 };

/** A device with the default limits that can be told to fail allocations either way WebGPU does. */
function fakeDevice({ scopeError = null, rangeError = false } = {}) {
  const scopes = [];
  return {
    limits: { maxStorageBufferBindingSize: 134217728, maxBufferSize: 268435456 },
    lost: new Promise(() => {}),
    pushErrorScope(filter) { scopes.push(filter); },
    async popErrorScope() { const filter = scopes.pop(); return filter === 'out-of-memory' ? scopeError : null; },
    createBuffer(descriptor) {
      if (rangeError && descriptor.mappedAtCreation) throw new RangeError('Failed to allocate the mapping');
      return { size: descriptor.size, getMappedRange: () => new ArrayBuffer(descriptor.size), unmap() {}, destroy() {} };
    },
    scopes,
  };
}

const advice = (problem) => `Out of memory: ${problem}. ${OUT_OF_MEMORY_ADVICE}`;
check(OUT_OF_MEMORY_ADVICE === 'Use lower precision (f16 or 4-bit weights) or a smaller model.', 'the advice text');

await expectOom('an output beyond maxStorageBufferBindingSize',
  advice("tensor 'big' (134217732 bytes) is larger than this device's maxStorageBufferBindingSize (134217728 bytes)"),
  () => new Gpu({}, fakeDevice()).output(134217732, "tensor 'big'"));

await expectOom('a device out-of-memory error while a session builds its buffers',
  advice('the WebGPU device could not allocate the buffers of case m (Not enough memory left)'),
  async () => {
    const gpu = new Gpu({}, fakeDevice({ scopeError: { message: 'Not enough memory left' } }));
    gpu.watchMemory();
    gpu.output(64, "tensor 'x'");
    await gpu.endMemoryWatch('the buffers of case m');
  });

await expectOom('a createBuffer that cannot map at creation',
  advice("tensor 'w' (64 bytes) could not be allocated (Failed to allocate the mapping)"),
  () => new Gpu({}, fakeDevice({ rangeError: true })).storage(new Float32Array(16), { what: "tensor 'w'" }));

const device = fakeDevice();
new Gpu({}, device).output(64);
check(device.scopes.length === 0, 'a buffer within the limits allocates and leaves no error scope open');

const baseUrl = new URL('../wasm/', import.meta.url).href;
const wasm = await loadWasm({ simd: true, threads: false, baseUrl });
try {
  // 23200 x 23200 floats (2153 MB) is beyond the 2 GiB WebAssembly memory of every build.
  const spec = { id: 'too-big', output: { name: 'out', shape: [23200, 1] },
    nodes: [
      { op: 'matmul', params: { M: 23200, N: 23200, K: 1 }, kernel: { file: 'matmul.wgsl', entry: 'matmul_naive' },
        inputs: { a: 'a', b: 'b' }, output: 'outer', shape: [23200, 23200] },
      { op: 'matmul', params: { M: 23200, N: 1, K: 23200 }, kernel: { file: 'matmul.wgsl', entry: 'matmul_naive' },
        inputs: { a: 'outer', b: 'c' }, output: 'out', shape: [23200, 1] }] };
  const ones = () => new Float32Array(23200).fill(1);
  const before = wasm.heap.liveBytes;
  try {
    await WasmSession.create(wasm, spec, { a: ones(), b: ones(), c: ones() });
    check(false, 'a tensor beyond WebAssembly memory: no error');
  } catch (e) {
    const pattern = /^Out of memory: tensor 'outer' needs 2152960000 bytes of WebAssembly memory, with \d+ bytes in use, beyond its maximum of 2147483648 bytes\. Use lower precision \(f16 or 4-bit weights\) or a smaller model\.$/;
    check(e instanceof OutOfMemoryError && pattern.test(e.message), `a tensor beyond WebAssembly memory: ${e.message}`);
  }
  check(wasm.heap.liveBytes === before, `the failed session freed what it had allocated (${wasm.heap.liveBytes - before} bytes left)`);
} finally {
  wasm.dispose();
}
console.log(failures ? `${failures} check(s) failed` : 'all out-of-memory checks passed');
process.exit(failures ? 1 : 0);

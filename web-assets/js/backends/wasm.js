// WebAssembly backend: loads kernels-{scalar,simd,simd-threads}.wasm (built by wasm/build.sh),
// manages the module's linear memory, and splits large kernels across module Web Workers
// (wasm-worker.js) when the page is cross-origin isolated. Works in browsers and Node >= 20.
//
//   const wasm = await loadWasm({simd: true, threads: true, baseUrl});
//   wasm.info   -> {simd, threads, workers, file, reason?, simdReason?}
//   await wasm.matmul(a, b, M, N, K) -> Float32Array   (every op is async and returns a copy, or, given a
//                                                        resident `out` WasmTensor last, writes into it)
//   wasm.stats() -> {backend, simd, threads, workers, ops: {name: {count, totalMs, lastMs, lastThreads}}}
// Inputs may be typed arrays (copied in per call) or tensors kept resident with wasm.upload().

import { OutOfMemoryError } from '../out-of-memory.js';

export const INITIAL_PAGES = 32;   // must match --initial-memory in wasm/build.sh
export const MAX_PAGES = 32768;    // must match --max-memory in wasm/build.sh (2 GiB)
export const MAX_WORKERS = 4;
const WORKER_STACK = 128 * 1024;
const N_FREQ = 201;                // n_fft / 2 + 1 for n_fft = 400
const HOP = 160;

const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node)
  && typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

// (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt))
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
  10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

export function detectSimd() {
  try { return WebAssembly.validate(SIMD_PROBE); } catch { return false; }
}

/** {ok, reason}: whether shared memory + workers can run the threaded build here. */
export function detectThreads() {
  if (!isNode) {
    if (globalThis.crossOriginIsolated !== true) return { ok: false, reason: 'page not cross-origin isolated' };
    if (typeof Worker === 'undefined') return { ok: false, reason: 'Worker undefined' };
  }
  if (typeof SharedArrayBuffer === 'undefined') return { ok: false, reason: 'SharedArrayBuffer undefined' };
  try {
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  } catch (e) {
    return { ok: false, reason: `shared WebAssembly.Memory failed: ${e.message}` };
  }
  return { ok: true };
}

async function hardwareThreads() {
  if (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) return navigator.hardwareConcurrency;
  if (isNode) {
    const os = await import('node:os');
    return os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  }
  return 1;
}

async function fetchModule(url) {
  if (url.protocol === 'file:') {
    const fs = await import('node:fs/promises');
    return WebAssembly.compile(await fs.readFile(url));
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`wasm: fetching ${url} failed: HTTP ${res.status}`);
  if (WebAssembly.compileStreaming && (res.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

/** A first-fit free-list allocator over the module's heap (from __heap_base), growing memory. */
class Heap {
  constructor(memory, base) {
    this.memory = memory;
    this.top = align16(base);
    this.free = [];          // sorted by ptr: {ptr, size}
    this.sizes = new Map();  // live ptr -> size
  }
  /** @param what names the allocation in an out-of-memory error, e.g. "tensor 'x'" */
  alloc(bytes, what = 'a tensor') {
    const size = align16(Math.max(16, bytes));
    for (let i = 0; i < this.free.length; i++) {
      const blk = this.free[i];
      if (blk.size < size) continue;
      const ptr = blk.ptr;
      if (blk.size === size) this.free.splice(i, 1);
      else { blk.ptr += size; blk.size -= size; }
      this.sizes.set(ptr, size);
      return ptr;
    }
    const ptr = this.top, end = ptr + size;
    const have = this.memory.buffer.byteLength;
    if (end > MAX_PAGES * 65536) {
      throw new OutOfMemoryError(`${what} needs ${size} bytes of WebAssembly memory, with ${ptr} bytes in use, beyond`
        + ` its maximum of ${MAX_PAGES * 65536} bytes`);
    }
    if (end > have) {
      const pages = Math.ceil((end - have) / 65536);
      try { this.memory.grow(pages); } catch (e) {
        throw new OutOfMemoryError(`${what} needs ${size} bytes, but WebAssembly memory could not grow by ${pages} pages`
          + ` to ${end} bytes (${e.message})`);
      }
    }
    this.top = end;
    this.sizes.set(ptr, size);
    return ptr;
  }
  release(ptr) {
    const size = this.sizes.get(ptr);
    if (size === undefined) throw new Error(`wasm: free of unknown pointer ${ptr}`);
    this.sizes.delete(ptr);
    let i = 0;
    while (i < this.free.length && this.free[i].ptr < ptr) i++;
    this.free.splice(i, 0, { ptr, size });
    if (i + 1 < this.free.length && ptr + size === this.free[i + 1].ptr) {   // merge with next
      this.free[i].size += this.free[i + 1].size;
      this.free.splice(i + 1, 1);
    }
    if (i > 0 && this.free[i - 1].ptr + this.free[i - 1].size === ptr) {     // merge with previous
      this.free[i - 1].size += this.free[i].size;
      this.free.splice(i, 1);
      i--;
    }
    const last = this.free[this.free.length - 1];
    if (last && last.ptr + last.size === this.top) { this.top = last.ptr; this.free.pop(); }
  }
  get liveBytes() { let s = 0; for (const v of this.sizes.values()) s += v; return s; }
}

function align16(n) { return Math.ceil(n / 16) * 16; }  // arithmetic: sizes may pass 2^31

/** The plan's dtype names (as GpuTensor's), by typed array. */
const DTYPES = { Float32Array: 'f32', Uint32Array: 'u32', Int32Array: 'i32' };

/** A tensor resident in wasm memory (from WasmBackend.upload); dtype 'f32', 'u32' or 'i32', as the plan spells it. */
export class WasmTensor {
  constructor(backend, ptr, length, dtype) { Object.assign(this, { backend, ptr, length, dtype }); }
  read() { return this.backend.read(this); }
  free() { this.backend.free(this); }
}

/** Wraps a Node worker_threads Worker or a browser module Worker behind one small interface. */
async function spawnWorker(url) {
  if (isNode) {
    const { Worker: NodeWorker } = await import('node:worker_threads');
    const w = new NodeWorker(url, { execArgv: [] });  // not the parent's --input-type etc.
    return {
      post: (m) => w.postMessage(m),
      onMessage: (cb) => w.on('message', cb),
      onError: (cb) => w.on('error', cb),
      terminate: () => w.terminate(),
    };
  }
  const w = new Worker(url, { type: 'module' });
  return {
    post: (m) => w.postMessage(m),
    onMessage: (cb) => w.addEventListener('message', (e) => cb(e.data)),
    onError: (cb) => w.addEventListener('error', (e) => cb(e.error || new Error(e.message || 'worker error'))),
    terminate: () => w.terminate(),
  };
}

class WorkerThread {
  constructor(handle) {
    this.handle = handle;
    this.pending = new Map();
    this.nextId = 1;
    handle.onMessage((m) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'error') p.reject(new Error(`wasm worker: ${m.message}`));
      else p.resolve(m);
    });
    handle.onError((e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
  }
  request(msg) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.handle.post({ ...msg, id });
    });
  }
}

/**
 * Loads the kernels. Options: simd (default: when supported), threads (default: when the
 * page allows), baseUrl (folder holding the .wasm files; default web-assets/wasm/ relative to
 * this file), maxWorkers (default 4).
 */
export async function loadWasm(opts = {}) {
  const simdSupported = detectSimd();
  const wantSimd = opts.simd ?? true;
  const simd = wantSimd && simdSupported;
  const info = { simd, threads: false, workers: 0 };
  if (wantSimd && !simdSupported) info.simdReason = 'WebAssembly SIMD not supported (v128 probe failed to validate)';

  let threads = false;
  if (opts.threads ?? true) {
    const t = detectThreads();
    if (!t.ok) info.reason = t.reason;
    else if (!simd) info.reason = 'threaded build needs SIMD';
    else threads = true;
  } else {
    info.reason = 'threads not requested';
  }
  let nWorkers = 0;
  if (threads) {
    nWorkers = Math.min(await hardwareThreads(), opts.maxWorkers ?? MAX_WORKERS);
    if (nWorkers < 2) { threads = false; info.reason = `hardware concurrency ${nWorkers}`; nWorkers = 0; }
  }

  const file = threads ? 'kernels-simd-threads.wasm' : simd ? 'kernels-simd.wasm' : 'kernels-scalar.wasm';
  const base = opts.baseUrl ? new URL(opts.baseUrl, globalThis.location?.href ?? import.meta.url)
    : new URL('../../wasm/', import.meta.url);
  const module = await fetchModule(new URL(file, base.href.endsWith('/') ? base : new URL(base.href + '/')));
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES, shared: threads });
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  const ex = instance.exports;
  if (!!ex.wa_has_simd() !== simd) throw new Error(`wasm: ${file} reports simd=${ex.wa_has_simd()}`);
  ex.logmel_init();  // static FFT tables, once, before any worker reads them

  const backend = new WasmBackend(module, memory, ex, { ...info, file });
  if (threads) await backend._startWorkers(nWorkers);
  return backend;
}

export class WasmBackend {
  constructor(module, memory, exports, info) {
    this.module = module;
    this.memory = memory;
    this.ex = exports;
    this.info = info;
    this.heap = new Heap(memory, exports.__heap_base.value);
    this.workers = [];
    this._stats = new Map();
    this.minParallelWork = 1 << 18;  // multiply-adds below which one thread is faster than messaging
  }

  async _startWorkers(n) {
    const url = new URL('./wasm-worker.js', import.meta.url);
    try {
      for (let i = 0; i < n; i++) {
        const w = new WorkerThread(await spawnWorker(url));
        w.stack = this.heap.alloc(WORKER_STACK);
        await w.request({ type: 'init', module: this.module, memory: this.memory, stackTop: w.stack + WORKER_STACK });
        this.workers.push(w);
      }
    } catch (e) {
      this.dispose();
      throw new Error(`wasm: starting workers failed: ${e.message}`);
    }
    this.info.threads = true;
    this.info.workers = n;
  }

  dispose() {
    for (const w of this.workers) w.handle.terminate();
    this.workers = [];
    this.info.threads = false;
    this.info.workers = 0;
  }

  // ---- memory -------------------------------------------------------------------------
  alloc(bytes, what) { return this.heap.alloc(bytes, what); }
  free(t) { this.heap.release(t instanceof WasmTensor ? t.ptr : t); }
  /** Copies a Float32Array / Uint32Array / Int32Array into wasm memory; keep it with the tensor. */
  upload(src, what) {
    const ptr = this.heap.alloc(src.byteLength, what);
    this._write(ptr, src);
    return new WasmTensor(this, ptr, src.length, DTYPES[src.constructor.name] || src.constructor.name);
  }
  /** A resident tensor of `length` zeros, allocated without a JS copy (outputs, however large). */
  zeros(length, dtype = 'f32', what = undefined) {
    const ptr = this.heap.alloc(length * 4, what);
    new Uint8Array(this.memory.buffer, ptr, length * 4).fill(0);
    return new WasmTensor(this, ptr, length, dtype);
  }
  /** Copy out (a plain, non-shared Float32Array). */
  read(t, length = t.length) { return new Float32Array(this.memory.buffer, t.ptr ?? t, length).slice(); }
  _write(ptr, src) {
    new Uint8Array(this.memory.buffer, ptr, src.byteLength).set(new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
  }
  /** Pointer for an input: resident tensors as is, arrays copied into a temp freed by _done. */
  _in(x, temps, what, minLength) {
    if (x === null || x === undefined) return 0;
    const len = x.length;
    if (minLength !== undefined && len < minLength) throw new Error(`wasm: ${what} has ${len} elements, needs ${minLength}`);
    if (x instanceof WasmTensor) return x.ptr;
    if (!ArrayBuffer.isView(x)) throw new Error(`wasm: ${what} must be a typed array or WasmTensor`);
    const ptr = this.heap.alloc(x.byteLength);
    temps.push(ptr);
    this._write(ptr, x);
    return ptr;
  }
  _tmp(bytes, temps) { const p = this.heap.alloc(bytes); temps.push(p); return p; }
  /** Where a kernel writes n floats: into `out` (a resident WasmTensor) when given, else a temp copied out. */
  _target(out, n, temps) {
    if (!out) return this._tmp(n * 4, temps);
    if (!(out instanceof WasmTensor) || out.length < n) throw new Error(`wasm: out must be a WasmTensor of >= ${n} elements`);
    return out.ptr;
  }
  /** `out` itself (no copy) when the kernel wrote into it, else a copy of the n floats at ptr. */
  _result(out, ptr, n) { return out || this.read(ptr, n); }
  _done(temps) { for (const p of temps) this.heap.release(p); }

  // ---- stats ----------------------------------------------------------------------------
  async _timed(op, fn) {
    const t0 = performance.now();
    let threadsUsed = 1;
    try {
      const r = await fn((n) => { threadsUsed = n; });
      return r;
    } finally {
      const ms = performance.now() - t0;
      const s = this._stats.get(op) ?? { count: 0, totalMs: 0, lastMs: 0, lastThreads: 1 };
      s.count++; s.totalMs += ms; s.lastMs = ms; s.lastThreads = threadsUsed;
      this._stats.set(op, s);
    }
  }
  stats() {
    const ops = {};
    for (const [k, v] of this._stats) ops[k] = { ...v };
    return { backend: 'wasm', simd: this.info.simd, threads: this.info.threads ? this.workers.length : 1,
      workers: this.workers.length, file: this.info.file, heapBytes: this.heap.liveBytes, ops };
  }

  // ---- threading ------------------------------------------------------------------------
  /**
   * Runs exports[fn] over [0, total) split in ranges aligned to `align`. args(start, end, i)
   * gives the argument list of chunk i. Runs on the main instance when threads are off or the
   * work is small; scratch(i) returns per-chunk scratch bytes (allocated here, freed after).
   */
  async _parallel(fn, total, work, align, args, scratchBytes, setThreads) {
    const temps = [];
    try {
      const nw = this.workers.length;
      const parts = nw > 1 && work >= this.minParallelWork ? Math.min(nw, Math.ceil(total / align)) : 1;
      const scratch = [];
      for (let i = 0; i < parts; i++) scratch.push(scratchBytes ? this._tmp(scratchBytes, temps) : 0);
      if (parts <= 1) { this.ex[fn](...args(0, total, scratch[0])); setThreads(1); return; }
      const per = Math.ceil(total / parts / align) * align;
      const jobs = [];
      for (let i = 0; i < parts; i++) {
        const s = i * per, e = Math.min(total, s + per);
        if (s >= e) break;
        jobs.push(this.workers[i].request({ type: 'call', fn, args: args(s, e, scratch[i]) }));
      }
      setThreads(jobs.length);
      await Promise.all(jobs);
    } finally {
      this._done(temps);
    }
  }

  // ---- ops ------------------------------------------------------------------------------
  /** C[M][N] = A[M][K] B[K][N], row-major. */
  matmul(a, b, M, N, K, out = null) {
    return this._timed('matmul', async (setThreads) => {
      const t = [];
      try {
        const pa = this._in(a, t, 'a', M * K), pb = this._in(b, t, 'b', K * N), pc = this._target(out, M * N, t);
        await this._parallel('matmul_f32', M, M * N * K, 4, (s, e) => [pa, pb, pc, M, N, K, s, e], 0, setThreads);
        return this._result(out, pc, M * N);
      } finally { this._done(t); }
    });
  }

  /**
   * Y[M][N] = X[M][K] dequant(W)^T. wq: Uint32Array packed as in docs/KERNELS.md / WeightPacker
   * (floor(32/bits) codes per word, none straddling; N rows of ceil(K/floor(32/bits)) words). scales: [N][ceil(K/groupSize)] f32; zeros: same shape
   * (asymmetric) or null (symmetric, zero point 2^(bits-1)). groupSize omitted = per channel.
   */
  qmatmul(x, wq, scales, zeros, M, N, K, { bits, groupSize = K } = {}, out = null) {
    return this._timed('qmatmul', async (setThreads) => {
      if (![2, 3, 4, 8].includes(bits)) throw new Error(`wasm: qmatmul bits must be 2, 3, 4 or 8, not ${bits}`);
      const group = Math.min(groupSize || K, K);
      const ng = Math.ceil(K / group), wpr = Math.ceil(K / Math.floor(32 / bits));
      const t = [];
      try {
        const px = this._in(x, t, 'x', M * K), pw = this._in(wq, t, 'wq', N * wpr);
        const ps = this._in(scales, t, 'scales', N * ng), pz = this._in(zeros, t, 'zeros', N * ng);
        const py = this._target(out, M * N, t);
        await this._parallel('qmatmul_f32', N, M * N * K + N * K, 4,
          (s, e, scr) => [px, pw, ps, pz, py, M, N, K, bits, group, s, e, scr], 16 * K, setThreads);
        return this._result(out, py, M * N);
      } finally { this._done(t); }
    });
  }

  softmax(x, rows, cols, out = null) {
    return this._unary('softmax', x, rows * cols, (px, py) => this.ex.softmax_f32(px, py, rows, cols), out);
  }

  layernorm(x, gamma, beta, rows, cols, eps = 1e-5, out = null) {
    return this._timed('layernorm', async () => {
      const t = [];
      try {
        const px = this._in(x, t, 'x', rows * cols), pg = this._in(gamma, t, 'gamma', cols), pb = this._in(beta, t, 'beta', cols);
        const py = this._target(out, rows * cols, t);
        this.ex.layernorm_f32(px, pg, pb, py, rows, cols, eps);
        return this._result(out, py, rows * cols);
      } finally { this._done(t); }
    });
  }

  /** RMSNorm (LLaMA): y = x / sqrt(mean(x^2) + eps) * gamma per row; gamma [cols]. */
  rmsnorm(x, gamma, rows, cols, eps, out = null) {
    return this._norm('rmsnorm', x, gamma, rows, cols, eps, 1, out);
  }

  /** L2 normalisation (CLIP's embeddings): y = x / sqrt(sum(x^2) + eps) per row. */
  l2norm(x, rows, cols, eps = 0, out = null) {
    return this._norm('l2norm', x, null, rows, cols, eps, 0, out);
  }

  _norm(op, x, gamma, rows, cols, eps, mean, out) {
    return this._timed(op, async () => {
      const t = [];
      try {
        const px = this._in(x, t, 'x', rows * cols), pg = this._in(gamma, t, 'gamma', cols);
        const py = this._target(out, rows * cols, t);
        this.ex.rmsnorm_f32(px, pg, py, rows, cols, eps, mean);
        return this._result(out, py, rows * cols);
      } finally { this._done(t); }
    });
  }

  /**
   * PyTorch nn.Linear: y[rows][outF] = x[rows][inF] w^T + bias, w [outF][inF] (safetensors layout), bias [outF]
   * or null. Threads split the rows, or the outputs when there are too few rows to go round.
   */
  linear(x, w, bias, rows, inF, outF, out = null) {
    return this._timed('linear', async (setThreads) => {
      const t = [];
      try {
        const px = this._in(x, t, 'x', rows * inF), pw = this._in(w, t, 'w', outF * inF);
        const pb = this._in(bias, t, 'bias', outF), py = this._target(out, rows * outF, t);
        const byRows = rows >= 2 * Math.max(1, this.workers.length);
        await this._parallel('linear_f32', byRows ? rows : outF, rows * inF * outF, byRows ? 2 : 4,
          (s, e) => (byRows ? [px, pw, pb, py, rows, inF, outF, s, e, 0, outF] : [px, pw, pb, py, rows, inF, outF, 0, rows, s, e]),
          0, setThreads);
        return this._result(out, py, rows * outF);
      } finally { this._done(t); }
    });
  }

  /** Embedding rows: y[r] = table[ids[r]]; table [vocab][dim]; ids f32 integers; a bad id gives a NaN row. */
  gather(table, ids, rows, dim, vocab, out = null) {
    return this._timed('gather', async () => {
      const t = [];
      try {
        const pt = this._in(table, t, 'table', vocab * dim), pi = this._in(ids, t, 'ids', rows);
        const py = this._target(out, rows * dim, t);
        this.ex.gather_f32(pt, pi, py, rows, dim, vocab);
        return this._result(out, py, rows * dim);
      } finally { this._done(t); }
    });
  }

  /** parts[0] ++ parts[1] ++ ... (flat), copied bit for bit. */
  concat(parts, out = null) {
    return this._timed('concat', async () => {
      const n = parts.reduce((sum, p) => sum + p.length, 0);
      const t = [];
      try {
        const ptrs = parts.map((p, i) => this._in(p, t, `in${i}`));
        const py = this._target(out, n, t);
        const bytes = new Uint8Array(this.memory.buffer);
        let at = py;
        parts.forEach((p, i) => {
          bytes.copyWithin(at, ptrs[i], ptrs[i] + p.length * 4);
          at += p.length * 4;
        });
        return this._result(out, py, n);
      } finally { this._done(t); }
    });
  }

  gelu(x, out = null) { return this._unary('gelu', x, x.length, (px, py, n) => this.ex.gelu_f32(px, py, n), out); }
  /** Exact GELU 0.5 x (1 + erf(x / sqrt 2)), erf by Abramowitz & Stegun 7.1.26 (as conv1d.wgsl and elementwise.wgsl). */
  geluErf(x, out = null) { return this._unary('gelu_erf', x, x.length, (px, py, n) => this.ex.gelu_erf_f32(px, py, n), out); }
  silu(x, out = null) { return this._unary('silu', x, x.length, (px, py, n) => this.ex.silu_f32(px, py, n), out); }
  /** QuickGELU x sigmoid(1.702 x) (CLIP). */
  quickGelu(x, out = null) { return this._unary('quick_gelu', x, x.length, (px, py, n) => this.ex.quick_gelu_f32(px, py, n), out); }
  tanh(x, out = null) { return this._unary('tanh', x, x.length, (px, py, n) => this.ex.tanh_f32(px, py, n), out); }
  exp(x, out = null) { return this._unary('exp', x, x.length, (px, py, n) => this.ex.exp_f32(px, py, n), out); }
  log(x) { return this._unary('log', x, x.length, (px, py, n) => this.ex.log_f32(px, py, n)); }
  log10(x) { return this._unary('log10', x, x.length, (px, py, n) => this.ex.log10_f32(px, py, n)); }
  /** a + b; b may be shorter and is then repeated along a (its length must divide a's). */
  add(a, b, out = null) { return this._binary('add', 'add_f32', a, b, out); }
  mul(a, b, out = null) { return this._binary('mul', 'mul_f32', a, b, out); }

  _unary(op, x, n, call, out = null) {
    return this._timed(op, async () => {
      const t = [];
      try {
        const px = this._in(x, t, 'x', n), py = this._target(out, n, t);
        call(px, py, n);
        return this._result(out, py, n);
      } finally { this._done(t); }
    });
  }

  _binary(op, fn, a, b, out = null) {
    return this._timed(op, async () => {
      const n = a.length, nb = b.length;
      if (nb === 0 || n % nb !== 0) throw new Error(`wasm: ${op}: length ${nb} does not divide ${n}`);
      const t = [];
      try {
        const pa = this._in(a, t, 'a'), pb = this._in(b, t, 'b'), py = this._target(out, n, t);
        this.ex[fn](pa, pb, py, n, nb);
        return this._result(out, py, n);
      } finally { this._done(t); }
    });
  }

  /**
   * softmax(scale q k^T + mask) v per head. q [heads][lq][d], k [heads][lk][d], v [heads][lk][dv];
   * mask null, [lq][lk] (all heads) or [heads][lq][lk]. Returns [heads][lq][dv].
   */
  attention(q, k, v, mask, { heads = 1, lq, lk, d, dv = d, scale = 1 / Math.sqrt(d) }, out = null) {
    return this._timed('attention', async (setThreads) => {
      let perHead = 0;
      if (mask) {
        if (mask.length === heads * lq * lk && heads > 1) perHead = 1;
        else if (mask.length !== lq * lk) throw new Error(`wasm: attention mask has ${mask.length} elements, expected ${lq * lk} or ${heads * lq * lk}`);
      }
      const t = [];
      try {
        const pq = this._in(q, t, 'q', heads * lq * d), pk = this._in(k, t, 'k', heads * lk * d);
        const pv = this._in(v, t, 'v', heads * lk * dv), pm = this._in(mask, t, 'mask');
        const po = this._target(out, heads * lq * dv, t);
        await this._parallel('attention_f32', heads * lq, heads * lq * lk * (d + dv), 1,
          (s, e, scr) => [pq, pk, pv, pm, po, heads, lq, lk, d, dv, scale, perHead, s, e, scr], lk * 4, setThreads);
        return this._result(out, po, heads * lq * dv);
      } finally { this._done(t); }
    });
  }

  /**
   * Multi-head / grouped-query attention on HF's interleaved layout: q [batch*lq][heads*headDim],
   * k and v [batch*lk][kvHeads*headDim], keyMask null or [batch][lk] additive. Returns q's layout.
   * causal: key j visible to query i when j <= i + (lk - lq). Work splits by (batch, head, query row).
   */
  mha(q, k, v, keyMask, { batch, lq, lk, heads, kvHeads = heads, headDim, causal = false, scale = 1 / Math.sqrt(headDim) }, out = null) {
    return this._timed('mha', async (setThreads) => {
      const nq = batch * lq * heads * headDim, nkv = batch * lk * kvHeads * headDim;
      const t = [];
      try {
        const pq = this._in(q, t, 'q', nq), pk = this._in(k, t, 'k', nkv), pv = this._in(v, t, 'v', nkv);
        const pm = this._in(keyMask, t, 'keyMask', batch * lk), po = this._target(out, nq, t);
        const work = batch * heads * lq * lk * 2 * headDim / (causal ? 2 : 1);
        await this._parallel('mha_f32', batch * heads * lq, work, 1,
          (s, e, scr) => [pq, pk, pv, pm, po, batch, lq, lk, heads, kvHeads, headDim, causal ? 1 : 0, scale, s, e, scr],
          lk * 4, setThreads);
        return this._result(out, po, nq);
      } finally { this._done(t); }
    });
  }

  /**
   * Rotary position embedding (HF rotate_half) of x [rows][heads*headDim], row r at position r % seq;
   * invFreq [headDim/2] as HF computes it in f32. Work splits by rows.
   */
  rope(x, invFreq, { rows, seq, heads, headDim }, out = null) {
    return this._timed('rope', async (setThreads) => {
      const n = rows * heads * headDim;
      const t = [];
      try {
        const px = this._in(x, t, 'x', n), pf = this._in(invFreq, t, 'invFreq', headDim / 2), po = this._target(out, n, t);
        await this._parallel('rope_f32', rows, n * 3, 1,
          (s, e, scr) => [px, pf, po, seq, heads, headDim, s, e, scr], headDim * 4, setThreads);
        return this._result(out, po, n);
      } finally { this._done(t); }
    });
  }

  /**
   * PyTorch Conv1d (batch 1): x [cin][length], w [cout][cin/groups][kernel], bias [cout] or null -> [cout][lout],
   * lout = (length + 2 pad - kernel) / stride + 1 - trim (the trimmed frames are not computed). Threads split cout.
   */
  conv1d(x, w, bias, { cin, length, cout, kernel = 3, stride = 1, pad = 1, groups = 1, trim = 0 }, out = null) {
    return this._timed('conv1d', async (setThreads) => {
      if (cin % groups || cout % groups) throw new Error(`wasm: conv1d cin ${cin} and cout ${cout} must be multiples of groups ${groups}`);
      const lout = Math.floor((length + 2 * pad - kernel) / stride) + 1 - trim;
      if (!(lout >= 1)) throw new Error(`wasm: conv1d has no output frames (length ${length}, kernel ${kernel}, pad ${pad}, stride ${stride}, trim ${trim})`);
      const gin = cin / groups;
      const t = [];
      try {
        const px = this._in(x, t, 'x', cin * length), pw = this._in(w, t, 'w', cout * gin * kernel);
        const pb = this._in(bias, t, 'bias', cout), py = this._target(out, cout * lout, t);
        await this._parallel('conv1d_f32', cout, cout * gin * kernel * lout, 1,
          (s, e) => [px, pw, pb, py, cin, length, cout, kernel, stride, pad, groups, lout, s, e], 0, setThreads);
        return this._result(out, py, cout * lout);
      } finally { this._done(t); }
    });
  }

  /** GroupNorm of x [channels][length] in `groups` groups (biased variance), gamma/beta [channels]. Threads split the groups. */
  groupnorm(x, gamma, beta, { channels, length, groups, eps = 1e-5 }, out = null) {
    return this._timed('groupnorm', async (setThreads) => {
      if (channels % groups) throw new Error(`wasm: groupnorm channels ${channels} must be a multiple of groups ${groups}`);
      const n = channels * length;
      const t = [];
      try {
        const px = this._in(x, t, 'x', n), pg = this._in(gamma, t, 'gamma', channels), pb = this._in(beta, t, 'beta', channels);
        const py = this._target(out, n, t);
        await this._parallel('groupnorm_f32', groups, 3 * n, 1,
          (s, e) => [px, pg, pb, py, channels, length, groups, eps, s, e], 0, setThreads);
        return this._result(out, py, n);
      } finally { this._done(t); }
    });
  }

  /** y [cols][rows] = x [rows][cols] transposed. Threads split the rows of x. */
  transpose(x, { rows, cols }, out = null) {
    return this._timed('transpose', async (setThreads) => {
      const n = rows * cols;
      const t = [];
      try {
        const px = this._in(x, t, 'x', n), py = this._target(out, n, t);
        await this._parallel('transpose_f32', rows, n, 16, (s, e) => [px, py, rows, cols, s, e], 0, setThreads);
        return this._result(out, py, n);
      } finally { this._done(t); }
    });
  }

  /**
   * PyTorch weight_norm: v [outer][size][inner], g [size] -> w = g[j] v / ||v[:, j, :]|| (norms in double).
   * Threads split j for the norms, then outer for the scaling.
   */
  weightnorm(g, v, { outer, size, inner }, out = null) {
    return this._timed('weightnorm', async (setThreads) => {
      const n = outer * size * inner;
      const t = [];
      try {
        const pg = this._in(g, t, 'g', size), pv = this._in(v, t, 'v', n), pw = this._target(out, n, t);
        const inv = this._tmp(size * 4, t);
        let used = 1;
        const count = (k) => { used = Math.max(used, k); };
        await this._parallel('weightnorm_norms_f32', size, n, 1,
          (s, e, scr) => [pv, inv, outer, size, inner, s, e, scr], size * 8, count);
        await this._parallel('weightnorm_scale_f32', outer, n, 1,
          (s, e) => [pg, pv, inv, pw, size, inner, s, e], 0, count);
        setThreads(used);
        return this._result(out, pw, n);
      } finally { this._done(t); }
    });
  }

  /** Frames Whisper's log-mel produces for n samples. */
  static logmelFrames(nSamples) { return Math.floor(nSamples / HOP); }

  /**
   * Whisper log-mel spectrogram of 16 kHz mono audio (more than 200 samples).
   * filterbank: [nMels][201] f32. Returns [nMels][floor(samples / 160)].
   */
  logmel(audio, filterbank, out = null) {
    return this._timed('logmel', async (setThreads) => {
      const n = audio.length, nMels = filterbank.length / N_FREQ;
      if (!Number.isInteger(nMels) || nMels < 1) throw new Error(`wasm: filterbank length ${filterbank.length} is not nMels * ${N_FREQ}`);
      if (n <= 200) throw new Error(`wasm: logmel needs more than 200 samples (reflect padding), got ${n}`);
      const frames = WasmBackend.logmelFrames(n);
      const t = [];
      try {
        const pa = this._in(audio, t, 'audio'), pf = this._in(filterbank, t, 'filterbank');
        const po = this._target(out, nMels * frames, t);
        const scratch = this.ex.logmel_scratch_bytes(nMels);
        await this._parallel('logmel_frames', frames, frames * 12000, 1,
          (s, e, scr) => [pa, n, pf, nMels, po, frames, s, e, scr], scratch, setThreads);
        this.ex.logmel_finalize(po, nMels * frames);
        return this._result(out, po, nMels * frames);
      } finally { this._done(t); }
    });
  }
}

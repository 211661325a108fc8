// The page's WebAssembly backends, one loaded module per flavour, created on first use:
//   wasm-simd-threads  SIMD build on shared memory, large kernels split across workers (needs cross-origin isolation)
//   wasm-simd          SIMD build, one thread
//   wasm-scalar        no SIMD, one thread
// resolve(wanted) loads the best flavour at or below the one asked for and says why it is not higher.
import { loadWasm, detectSimd, detectThreads } from './wasm.js';
import { BACKEND } from '../vocabulary.js';

const BASE_URL = new URL('../../wasm/', import.meta.url);
const ORDER = [BACKEND.WASM_SIMD_THREADS, BACKEND.WASM_SIMD, BACKEND.WASM_SCALAR];

export class WasmBackends {
  constructor() {
    this.loaded = new Map();    // flavour -> WasmBackend
    this.failures = new Map();  // flavour -> why it could not be loaded
  }

  /**
   * @param wanted 'wasm' (best available) or a flavour name
   * @returns {{backend: string, wasm: WasmBackend, notes: string[]}} the flavour that will run and why it is that one
   */
  async resolve(wanted) {
    const notes = [];
    const start = wanted === 'wasm' ? 0 : ORDER.indexOf(wanted);
    if (start < 0) throw new Error(`unknown WebAssembly flavour '${wanted}'`);
    for (let i = start; i < ORDER.length; i++) {
      const flavour = ORDER[i];
      const problem = this.unavailable(flavour);
      if (problem) {
        notes.push(`not ${flavour}: ${problem}`);
        continue;
      }
      try {
        const wasm = await this.load(flavour);
        if (flavour === BACKEND.WASM_SIMD_THREADS) notes.push(`${wasm.workers.length} worker threads on one shared memory`);
        else notes.push('one thread');
        return { backend: flavour, wasm, notes };
      } catch (e) {
        this.failures.set(flavour, e.message);
        notes.push(`not ${flavour}: ${e.message}`);
      }
    }
    throw new Error(`no WebAssembly build could be loaded: ${notes.join('; ')}`);
  }

  unavailable(flavour) {
    if (typeof WebAssembly === 'undefined') return 'WebAssembly undefined';
    if (this.failures.has(flavour)) return this.failures.get(flavour);
    if (flavour !== BACKEND.WASM_SCALAR && !detectSimd()) return 'WebAssembly SIMD not supported';
    if (flavour === BACKEND.WASM_SIMD_THREADS) {
      const threads = detectThreads();
      if (!threads.ok) return threads.reason;
      if ((navigator.hardwareConcurrency || 1) < 2) return `hardwareConcurrency ${navigator.hardwareConcurrency}`;
    }
    return null;
  }

  async load(flavour) {
    if (!this.loaded.has(flavour)) {
      const wasm = await loadWasm({
        simd: flavour !== BACKEND.WASM_SCALAR,
        threads: flavour === BACKEND.WASM_SIMD_THREADS,
        baseUrl: BASE_URL.href,
      });
      if (flavour === BACKEND.WASM_SIMD_THREADS && !wasm.info.threads) {
        wasm.dispose();
        throw new Error(wasm.info.reason || 'threaded build did not start its workers');
      }
      this.loaded.set(flavour, wasm);
    }
    return this.loaded.get(flavour);
  }

  /** The guide's WebAssemblyFallback.get_stats: per flavour, per op count and times, SIMD, threads. */
  stats() {
    const flavours = {};
    for (const [flavour, wasm] of this.loaded) flavours[flavour] = wasm.stats();
    return { flavours, failures: Object.fromEntries(this.failures) };
  }

  dispose() {
    for (const wasm of this.loaded.values()) wasm.dispose();
    this.loaded.clear();
  }
}

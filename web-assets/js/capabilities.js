// What this browser can do (the guide's BrowserCapabilityDetector). Detects; decides nothing.

// Tiny modules whose validation tells whether a WebAssembly feature exists.
const WASM_SIMD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0,
  65, 0, 253, 15, 253, 98, 11]);
const WASM_THREADS = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1,
  10, 11, 1, 9, 0, 65, 0, 254, 16, 2, 0, 26, 11]);
const WASM_RELAXED_SIMD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15,
  1, 13, 0, 65, 1, 253, 15, 65, 2, 253, 15, 253, 128, 2, 11]);

export async function detectCapabilities() {
  const { name, version } = browserFromUserAgent(navigator.userAgent);
  const [webgpu, webnn] = await Promise.all([detectWebGpu(), detectWebNn()]);
  return {
    browserName: name,
    browserVersion: version,
    userAgent: navigator.userAgent,
    webgpu,
    webnn,
    wasm: detectWasm(),
    crossOriginIsolated: self.crossOriginIsolated === true,
    sharedArrayBuffer: typeof SharedArrayBuffer !== 'undefined',
    timerResolutionMs: measureTimerResolution(),
    hardwareConcurrency: navigator.hardwareConcurrency || 0,
  };
}

export function browserFromUserAgent(ua) {
  const patterns = [
    ['Edge', /Edg\/([\d.]+)/],
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Chrome', /Chrom(?:e|ium)\/([\d.]+)/],
    ['Safari', /Version\/([\d.]+).*Safari/],
    ['WebKit', /AppleWebKit\/([\d.]+)/],
  ];
  for (const [name, pattern] of patterns) {
    const match = ua.match(pattern);
    if (match) return { name, version: match[1] };
  }
  return { name: 'unknown', version: '' };
}

async function detectWebGpu() {
  const none = (reason) => ({ available: false, reason, adapter: null, features: [], limits: {} });
  if (!('gpu' in navigator) || !navigator.gpu) {
    return none('navigator.gpu is undefined');
  }
  let adapter;
  try {
    adapter = await navigator.gpu.requestAdapter();
  } catch (e) {
    return none(`requestAdapter() threw: ${e.message}`);
  }
  if (!adapter) {
    return none('requestAdapter() returned null: no usable adapter');
  }
  const info = adapter.info || {};
  return {
    available: true,
    reason: '',
    adapter: {
      vendor: info.vendor || '',
      architecture: info.architecture || '',
      device: info.device || '',
      description: info.description || '',
      isFallbackAdapter: Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter),
    },
    features: [...adapter.features].sort(),
    limits: limitsOf(adapter.limits),
  };
}

function limitsOf(limits) {
  const out = {};
  for (const key in limits) {
    const value = limits[key];
    if (typeof value === 'number') out[key] = value;
  }
  return out;
}

async function detectWebNn() {
  if (!('ml' in navigator) || !navigator.ml) {
    return { apiPresent: false, contexts: {} };
  }
  const contexts = {};
  for (const deviceType of ['cpu', 'gpu', 'npu']) {
    try {
      await withTimeout(navigator.ml.createContext({ deviceType }), 5000, `createContext(${deviceType})`);
      contexts[deviceType] = { created: true, error: '' };
    } catch (e) {
      contexts[deviceType] = { created: false, error: `${e.name}: ${e.message}` };
    }
  }
  return { apiPresent: true, contexts };
}

function detectWasm() {
  if (typeof WebAssembly === 'undefined') {
    return { supported: false, simd: false, threads: false, relaxedSimd: false };
  }
  const validates = (bytes) => {
    try {
      return WebAssembly.validate(bytes);
    } catch {
      return false;
    }
  };
  return {
    supported: true,
    simd: validates(WASM_SIMD),
    threads: validates(WASM_THREADS) && typeof SharedArrayBuffer !== 'undefined' && self.crossOriginIsolated === true,
    relaxedSimd: validates(WASM_RELAXED_SIMD),
  };
}

/** The smallest non-zero step of performance.now(), observed over up to 50 ms of polling. */
export function measureTimerResolution() {
  let smallest = Infinity;
  const start = performance.now();
  let last = start;
  while (performance.now() - start < 50) {
    const now = performance.now();
    const step = now - last;
    if (step > 0 && step < smallest) smallest = step;
    last = now;
  }
  return Number.isFinite(smallest) ? smallest : 50;
}

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} did not settle in ${ms} ms`)), ms)),
  ]);
}

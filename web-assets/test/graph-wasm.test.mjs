// Node check of the graph runner on WebAssembly (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/graph-wasm.test.mjs
// The transformer MLP chain (matmul -> bias add -> GELU -> layer norm -> matmul) against a float64 JS reference,
// and a one-node matmul that gives the same output with 1 and with 4 operations per run.
import { loadWasm } from '../js/backends/wasm.js';
import { WasmSession } from '../js/graph/wasm-session.js';

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}
const filled = (n, next, scale = 1) => Float32Array.from({ length: n }, () => next() * scale);

function matmul(a, b, m, n, k) {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
    c[i * n + j] = s;
  }
  return c;
}
const gelu = (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
function layernorm(x, rows, cols, gamma, beta, eps) {
  const y = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    let mean = 0;
    for (let c = 0; c < cols; c++) mean += x[r * cols + c];
    mean /= cols;
    let v = 0;
    for (let c = 0; c < cols; c++) v += (x[r * cols + c] - mean) ** 2;
    const inv = 1 / Math.sqrt(v / cols + eps);
    for (let c = 0; c < cols; c++) y[r * cols + c] = (x[r * cols + c] - mean) * inv * gamma[c] + beta[c];
  }
  return y;
}

const node = (op, params, entry, inputs, output, shape) => ({ op, params, kernel: { file: `${op}.wgsl`, entry, constants: {} }, inputs, output, shape });

async function chain(wasm) {
  const [rows, k, h, n] = [6, 16, 24, 8];
  const next = random(7);
  const t = {
    x: filled(rows * k, next), w1: filled(k * h, next, 0.25), b1: filled(h, next, 0.5),
    gamma: Float32Array.from({ length: h }, () => 1 + 0.5 * next()), beta: filled(h, next, 0.5), w2: filled(h * n, next, 0.2),
  };
  const spec = {
    id: 'chain', output: { name: 'out', shape: [rows, n] },
    nodes: [
      node('matmul', { M: rows, N: h, K: k }, 'matmul_tiled', { a: 'x', b: 'w1' }, 't1', [rows, h]),
      node('elementwise', {}, 'add', { a: 't1', b: 'b1' }, 't2', [rows, h]),
      node('elementwise', {}, 'gelu', { a: 't2' }, 't3', [rows, h]),
      node('layernorm', { rows, cols: h, eps: 1e-5 }, 'layernorm', { x: 't3', gamma: 'gamma', beta: 'beta' }, 't4', [rows, h]),
      node('matmul', { M: rows, N: n, K: h }, 'matmul_tiled', { a: 't4', b: 'w2' }, 'out', [rows, n]),
    ],
  };
  const t1 = matmul(t.x, t.w1, rows, h, k);
  const t3 = t1.map((v, i) => gelu(v + t.b1[i % h]));
  const expected = matmul(layernorm(t3, rows, h, t.gamma, t.beta, 1e-5), t.w2, rows, n, h);
  const session = await WasmSession.create(wasm, spec, t);
  try {
    const out = await session.run(1);
    const worst = out.reduce((m, v, i) => Math.max(m, Math.abs(v - expected[i])), 0);
    check(worst < 1e-3, `${wasm.info.file}: chain matches the float64 reference (max |error| ${worst.toExponential(2)})`);
    check(session.readbacks === 1, `${wasm.info.file}: one readback per run`);
    const again = await session.run(3);
    check(again.every((v, i) => v === out[i]), `${wasm.info.file}: three operations per run give the same output`);
  } finally {
    session.dispose();
  }
}

async function repeatedMatmul(wasm) {
  const next = random(3);
  const [m, n, k] = [9, 7, 5];
  const spec = { id: 'mm', output: { name: 'out', shape: [m, n] },
    nodes: [node('matmul', { M: m, N: n, K: k }, 'matmul_naive', { a: 'a', b: 'b' }, 'out', [m, n])] };
  const session = await WasmSession.create(wasm, spec, { a: filled(m * k, next), b: filled(k * n, next) });
  try {
    const one = await session.run(1);
    const four = await session.run(4);
    check(one.every((v, i) => v === four[i]), `${wasm.info.file}: matmul with 1 and 4 operations per run agree`);
  } finally {
    session.dispose();
  }
  const live = wasm.heap.liveBytes;
  check(live === 0 || live < 1 << 20, `${wasm.info.file}: the session freed its tensors (${live} live bytes)`);
}

async function badGraph(wasm) {
  const spec = { id: 'bad', output: { name: 'out', shape: [1] },
    nodes: [node('softmax', { rows: 1, cols: 1 }, 'softmax', { x: 'missing' }, 'out', [1])] };
  try {
    await WasmSession.create(wasm, spec, {});
    check(false, 'a graph reading an unknown tensor is refused');
  } catch (e) {
    check(e.message.includes("'missing'"), `a graph reading an unknown tensor is refused: ${e.message}`);
  }
}

const baseUrl = new URL('../wasm/', import.meta.url).href;
for (const opts of [{ simd: false, threads: false }, { simd: true, threads: false }]) {
  const wasm = await loadWasm({ ...opts, baseUrl });
  try {
    await chain(wasm);
    await repeatedMatmul(wasm);
    await badGraph(wasm);
  } finally {
    wasm.dispose();
  }
}
console.log(failures ? `${failures} check(s) failed` : 'all graph checks passed');
process.exit(failures ? 1 : 0);

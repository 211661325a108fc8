// Node check of the transformer ops on WebAssembly (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/transformer-ops-wasm.test.mjs
// linear, gather, concat, rmsnorm / l2norm and the elementwise gelu_erf, quick_gelu, tanh, exp, each run through
// the page's op host code (js/ops/<op>/wasm.js in a one-node WasmSession) on the scalar, SIMD and SIMD+threads
// builds, against float64 JS references; awkward sizes (1 row, odd counts, tails beyond the SIMD and register
// blocks) included. Prints the max error of every check.
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

// erf to about 1e-15 (Abramowitz & Stegun 7.1.5 series below 3, continued fraction above), independent of the kernels.
function erf(x) {
  if (x < 0) return -erf(-x);
  if (x < 3) {
    let term = x, sum = x;
    for (let n = 1; n < 200; n++) {
      term *= -x * x / n;
      const c = term / (2 * n + 1);
      sum += c;
      if (Math.abs(c) < 1e-17 * Math.abs(sum)) break;
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }
  let tail = x;
  for (let n = 80; n >= 1; n--) tail = x + (n / 2) / tail;
  return 1 - Math.exp(-x * x) / Math.sqrt(Math.PI) / tail;
}

function linear(x, w, bias, rows, inF, outF) {
  const y = new Float64Array(rows * outF);
  for (let r = 0; r < rows; r++) for (let o = 0; o < outF; o++) {
    let s = bias ? bias[o] : 0;
    for (let k = 0; k < inF; k++) s += x[r * inF + k] * w[o * inF + k];
    y[r * outF + o] = s;
  }
  return y;
}
function linearScale(x, w, rows, inF, outF) {  // sum |x w| per output: the scale of the rounding error
  const y = new Float64Array(rows * outF);
  for (let r = 0; r < rows; r++) for (let o = 0; o < outF; o++) {
    let s = 0;
    for (let k = 0; k < inF; k++) s += Math.abs(x[r * inF + k] * w[o * inF + k]);
    y[r * outF + o] = s;
  }
  return y;
}
function rowNorm(x, rows, cols, gamma, eps, mean) {
  const y = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    let ss = 0;
    for (let c = 0; c < cols; c++) ss += x[r * cols + c] ** 2;
    const inv = 1 / Math.sqrt((mean ? ss / cols : ss) + eps);
    for (let c = 0; c < cols; c++) y[r * cols + c] = x[r * cols + c] * inv * (gamma ? gamma[c] : 1);
  }
  return y;
}

const node = (op, params, entry, inputs, shape) => ({ op, params, kernel: { file: `${op}.wgsl`, entry, constants: {} }, inputs, output: 'out', shape });

/** Runs one node over the given tensors in a WasmSession: the page's own path. */
async function runNode(wasm, spec, tensors) {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const session = await WasmSession.create(wasm, { id: spec.op, output: { name: 'out', shape: spec.shape }, nodes: [spec] }, tensors);
  try {
    const out = await session.run(1);
    if (out.length !== n) throw new Error(`${spec.op}: output has ${out.length} values, expected ${n}`);
    return out;
  } finally {
    session.dispose();
  }
}

/** max |actual - expected| / scale(i) */
function worst(actual, expected, scale = () => 1) {
  let m = 0;
  for (let i = 0; i < expected.length; i++) m = Math.max(m, Math.abs(actual[i] - expected[i]) / scale(i));
  return Number.isNaN(actual.reduce((a, v) => a + v, 0)) ? NaN : m;
}

async function linearChecks(wasm, tag) {
  const shapes = [[1, 384, 384, true], [257, 300, 129, true], [33, 4096, 17, false], [5, 7, 3, true], [1, 1, 1, false],
    [3, 13, 6, true], [64, 768, 96, true]];
  let seed = 1;
  for (const [rows, inF, outF, withBias] of shapes) {
    const next = random(seed++);
    const x = filled(rows * inF, next), w = filled(outF * inF, next, 1 / Math.sqrt(inF));
    const bias = withBias ? filled(outF, next) : null;
    const tensors = { x, w, ...(bias ? { bias } : {}) };
    const inputs = { x: 'x', w: 'w', ...(bias ? { bias: 'bias' } : {}) };
    const out = await runNode(wasm, node('linear', { rows, in: inF, out: outF }, 'linear', inputs, [rows, outF]), tensors);
    const expected = linear(x, w, bias, rows, inF, outF);
    const scale = linearScale(x, w, rows, inF, outF);
    const e = worst(out, expected, (i) => Math.max(scale[i], 1));
    check(e < inF * 2 ** -24 + 1e-7, `${tag} linear ${rows}x${inF} -> ${outF}${bias ? ' + bias' : ''}: max |error| / max(1, sum|xw|) ${e.toExponential(2)}`);
  }
}

async function gatherChecks(wasm, tag) {
  const next = random(11);
  const [vocab, dim] = [50, 77];
  const table = filled(vocab * dim, next);
  table[3 * dim + 5] = -0;
  const good = Float32Array.from([0, 49, 3, 3, 17]);
  const out = await runNode(wasm, node('gather', { rows: good.length, dim, vocab }, 'gather', { table: 'table', ids: 'ids' }, [good.length, dim]),
    { table, ids: good });
  const same = Array.from(good).every((id, r) => out.subarray(r * dim, (r + 1) * dim).every((v, c) => Object.is(v, table[id * dim + c])));
  check(same, `${tag} gather: rows copied bit for bit (ids ${Array.from(good)}, -0 kept)`);
  const bad = Float32Array.from([-1, 50, 2.5, NaN, Infinity, 1e9, 1]);
  const outBad = await runNode(wasm, node('gather', { rows: bad.length, dim, vocab }, 'gather', { table: 'table', ids: 'ids' }, [bad.length, dim]),
    { table, ids: bad });
  const nanRows = Array.from(bad).map((_, r) => outBad.subarray(r * dim, (r + 1) * dim).every(Number.isNaN));
  check(nanRows.slice(0, 6).every(Boolean) && !nanRows[6] && outBad[6 * dim] === table[dim],
    `${tag} gather: ids -1, 50 (= vocab), 2.5, NaN, Infinity, 1e9 give NaN rows, id 1 its row (${nanRows})`);
  const one = await runNode(wasm, node('gather', { rows: 1, dim: 1, vocab: 1 }, 'gather', { table: 'table', ids: 'ids' }, [1, 1]),
    { table: Float32Array.of(7), ids: Float32Array.of(0) });
  check(one[0] === 7, `${tag} gather: 1 row of 1 value from a vocabulary of 1`);
}

async function concatChecks(wasm, tag) {
  const next = random(21);
  const parts = [filled(1, next), filled(1000, next), filled(77, next), Float32Array.of(NaN, -0)];
  const tensors = Object.fromEntries(parts.map((p, i) => [`in${i}`, p]));
  const inputs = Object.fromEntries(parts.map((_, i) => [`in${i}`, `in${i}`]));
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = await runNode(wasm, node('concat', { parts: parts.length }, 'concat', inputs, [total]), tensors);
  const expected = parts.flatMap((p) => Array.from(p));
  check(expected.every((v, i) => Object.is(v, out[i])), `${tag} concat: 4 parts (1 + 1000 + 77 + 2, NaN and -0 kept) in order`);
  const single = await runNode(wasm, node('concat', { parts: 1 }, 'concat', { in0: 'in0' }, [3]), { in0: Float32Array.of(1, 2, 3) });
  check(single.join() === '1,2,3', `${tag} concat: one part`);
  try {
    await runNode(wasm, node('concat', { parts: 3 }, 'concat', { in0: 'in0', in1: 'in1' }, [2]), { in0: Float32Array.of(1), in1: Float32Array.of(2) });
    check(false, `${tag} concat: a missing part is refused`);
  } catch (e) {
    check(e.message.includes("needs input 'in2'"), `${tag} concat: a missing part is refused: ${e.message}`);
  }
}

async function normChecks(wasm, tag) {
  let seed = 31;
  for (const [rows, cols] of [[64, 768], [1, 7], [3, 4096], [2, 1]]) {
    const next = random(seed++);
    const x = filled(rows * cols, next, 3), gamma = Float32Array.from({ length: cols }, () => 1 + 0.5 * next());
    const eps = 1e-5;
    const out = await runNode(wasm, node('rmsnorm', { rows, cols, eps }, 'rmsnorm', { x: 'x', gamma: 'gamma' }, [rows, cols]), { x, gamma });
    const expected = rowNorm(x, rows, cols, gamma, eps, true);
    const e = worst(out, expected, (i) => Math.max(1, Math.abs(expected[i])));
    check(e < 2e-6, `${tag} rmsnorm ${rows}x${cols}: max |error| / max(1, |y|) ${e.toExponential(2)}`);
    const l2 = await runNode(wasm, node('rmsnorm', { rows, cols }, 'l2norm', { x: 'x' }, [rows, cols]), { x });
    const expectedL2 = rowNorm(x, rows, cols, null, 0, false);
    const e2 = worst(l2, expectedL2);
    check(e2 < 1e-6, `${tag} l2norm ${rows}x${cols} (eps 0): max |error| ${e2.toExponential(2)}`);
  }
  const zero = await runNode(wasm, node('rmsnorm', { rows: 1, cols: 4 }, 'l2norm', { x: 'x' }, [1, 4]), { x: new Float32Array(4) });
  check(zero.every(Number.isNaN), `${tag} l2norm of a zero row with eps 0 is NaN, as x / x.norm() (${Array.from(zero)})`);
  try {
    await runNode(wasm, node('rmsnorm', { rows: 1, cols: 4 }, 'rmsnorm', { x: 'x', gamma: 'gamma' }, [1, 4]), { x: new Float32Array(4), gamma: new Float32Array(4) });
    check(false, `${tag} rmsnorm without eps is refused`);
  } catch (e) {
    check(e.message.includes('no default eps'), `${tag} rmsnorm without eps is refused: ${e.message}`);
  }
}

const UNARY = {
  // an erf error e is 0.5 e |x| in GELU (e <= 1.7e-7 in f32), plus the rounding of y
  gelu_erf: { f: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)), limit: 1.2e-7, scale: (y, x) => Math.max(1, Math.abs(x)), what: 'max |error| / max(1, |x|)' },
  quick_gelu: { f: (x) => x / (1 + Math.exp(-1.702 * x)), limit: 4e-7, scale: (y) => Math.max(1, Math.abs(y)), what: 'max |error| / max(1, |y|)' },
  tanh: { f: Math.tanh, limit: 2e-7, scale: (y) => Math.max(Math.abs(y), 1e-30), what: 'max relative error' },
  exp: { f: Math.exp, limit: 2.5e-7, scale: (y) => y, what: 'max relative error' },
};

async function unaryChecks(wasm, tag) {
  const next = random(41);
  const n = 10_003;  // not a multiple of 4: the scalar tail runs too
  for (const [entry, { f, limit, scale, what }] of Object.entries(UNARY)) {
    const range = entry === 'exp' ? 80 : 10;
    const x = filled(n, next, range);
    const out = await runNode(wasm, node('elementwise', {}, entry, { a: 'a' }, [n]), { a: x });
    const expected = Array.from(x, f);
    const e = worst(out, expected, (i) => scale(expected[i], x[i]));
    check(e <= limit, `${tag} ${entry} on [-${range}, ${range}]: ${what} ${e.toExponential(2)} (limit ${limit})`);
  }
  const big = Float32Array.of(-1e30, -100, -20, -9.5, 9.5, 20, 100, 1e30, 0, -0);
  for (const entry of ['tanh', 'quick_gelu', 'gelu_erf']) {
    const out = await runNode(wasm, node('elementwise', {}, entry, { a: 'a' }, [big.length]), { a: big });
    check(out.every(Number.isFinite), `${entry}: finite for large |x| (${Array.from(out).map((v) => v.toPrecision(3))})`);
  }
}

const baseUrl = new URL('../wasm/', import.meta.url).href;
for (const opts of [{ simd: false, threads: false }, { simd: true, threads: false }, { simd: true, threads: true }]) {
  const wasm = await loadWasm({ ...opts, baseUrl });
  wasm.minParallelWork = 1;  // split even the small cases across the workers
  const tag = `${wasm.info.file}${wasm.info.threads ? ` (${wasm.info.workers} workers)` : ''}:`;
  try {
    await linearChecks(wasm, tag);
    await gatherChecks(wasm, tag);
    await concatChecks(wasm, tag);
    await normChecks(wasm, tag);
    await unaryChecks(wasm, tag);
  } finally {
    wasm.dispose();
  }
}
console.log(failures ? `${failures} check(s) failed` : 'all transformer op checks passed');
process.exit(failures ? 1 : 0);

// Node check of the mha WASM kernel (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/mha-wasm.test.mjs
// Multi-head / grouped-query attention on HF's interleaved layout against a float64 JS reference, in the scalar,
// SIMD and SIMD+threads builds: causal with lk > lq, a padding key mask, a row masked everywhere with
// finfo.min (uniform average, no NaN), head sizes that are not multiples of 4, lq = 1 over 1500 keys; the
// threaded split gives the single-thread bits; a wrong shape is refused naming the tensor.
import { loadWasm } from '../js/backends/wasm.js';
import { prepare } from '../js/ops/mha/wasm.js';

const FINFO_MIN = -3.4028234663852886e38;
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}
const filled = (n, next) => Float32Array.from({ length: n }, () => next());

function reference(q, k, v, keyMask, { batch, lq, lk, heads, kvHeads, headDim, causal, scale }) {
  const out = new Float64Array(q.length), qw = heads * headDim, kw = kvHeads * headDim, group = heads / kvHeads;
  for (let b = 0; b < batch; b++) for (let h = 0; h < heads; h++) for (let i = 0; i < lq; i++) {
    const visible = causal ? Math.min(lk, i + lk - lq + 1) : lk, kc = Math.floor(h / group) * headDim;
    const qb = (b * lq + i) * qw + h * headDim;
    const s = [];
    for (let j = 0; j < visible; j++) {
      let d = 0;
      for (let c = 0; c < headDim; c++) d += q[qb + c] * k[(b * lk + j) * kw + kc + c];
      s.push(d * scale + (keyMask ? keyMask[b * lk + j] : 0));
    }
    const m = Math.max(...s), e = s.map((x) => Math.exp(x - m)), sum = e.reduce((a, x) => a + x, 0);
    for (let c = 0; c < headDim; c++) {
      let acc = 0;
      for (let j = 0; j < visible; j++) acc += e[j] * v[(b * lk + j) * kw + kc + c];
      out[qb + c] = acc / sum;
    }
  }
  return out;
}

function inputs(p, seed, mask) {
  const next = random(seed);
  const q = filled(p.batch * p.lq * p.heads * p.headDim, next);
  const k = filled(p.batch * p.lk * p.kvHeads * p.headDim, next);
  const v = filled(k.length, next);
  let keyMask = null;
  if (mask) {
    keyMask = new Float32Array(p.batch * p.lk);
    for (let b = 0; b < p.batch; b++) {
      const padded = Math.floor(p.lk / 3) * b;   // batch entry b has its last padded keys masked
      for (let j = p.lk - padded; j < p.lk; j++) keyMask[b * p.lk + j] = -1e9;
    }
    if (mask === 'all') keyMask.fill(FINFO_MIN, 0, p.lk);  // batch entry 0 masked everywhere
  }
  return { q, k, v, keyMask };
}

const node = (params) => ({ op: 'mha', params, kernel: { file: 'mha.wgsl', entry: 'mha', constants: {} } });

async function run(wasm, params, t) {
  const resident = Object.fromEntries(Object.entries(t).filter(([, x]) => x).map(([name, x]) => [name, wasm.upload(x)]));
  const out = wasm.upload(new Float32Array(t.q.length));
  try {
    const prepared = await prepare(wasm, node(params), resident, out);
    await prepared.run();
    return out.read();
  } finally {
    for (const x of [...Object.values(resident), out]) x.free();
  }
}

const CASES = [
  { name: 'GQA 8/2 heads, causal, lq = lk = 37, key mask', p: { batch: 2, lq: 37, lk: 37, heads: 8, kvHeads: 2, headDim: 64, causal: true }, mask: 'pad' },
  { name: 'causal with lk > lq (cached keys), headDim 5', p: { batch: 1, lq: 7, lk: 19, heads: 3, kvHeads: 1, headDim: 5, causal: true } },
  { name: 'lq = 1 over 1500 keys (Whisper cross-attention)', p: { batch: 1, lq: 1, lk: 1500, heads: 2, kvHeads: 2, headDim: 64, causal: false } },
  { name: 'every key of batch entry 0 masked with finfo.min', p: { batch: 2, lq: 4, lk: 10, heads: 2, kvHeads: 1, headDim: 12, causal: false }, mask: 'all' },
  { name: '1 x 1, headDim 1', p: { batch: 1, lq: 1, lk: 1, heads: 1, kvHeads: 1, headDim: 1, causal: true } },
];

async function accuracy(wasm) {
  for (const [n, c] of CASES.entries()) {
    const p = { ...c.p, scale: 1 / Math.sqrt(c.p.headDim) };
    const t = inputs(p, 100 + n, c.mask);
    const got = await run(wasm, p, t);
    const want = reference(t.q, t.k, t.v, t.keyMask, p);
    const worst = got.reduce((m, x, i) => Math.max(m, Math.abs(x - want[i])), 0);
    const finite = got.every(Number.isFinite);
    check(finite && worst < 2e-6, `${wasm.info.file}: ${c.name}: max |error| ${worst.toExponential(2)}${finite ? '' : ' (non-finite values)'}`);
  }
}

async function threadsAgree(single, threaded) {
  const p = { batch: 2, lq: 100, lk: 160, heads: 8, kvHeads: 4, headDim: 64, causal: true, scale: 0.125 };
  const t = inputs(p, 7, 'pad');
  const a = await run(single, p, t), b = await run(threaded, p, t);
  const threads = threaded.stats().ops.mha.lastThreads;
  check(threads > 1 && a.every((x, i) => x === b[i]), `threaded mha (${threads} threads) gives the single-thread bits`);
}

async function refusesWrongShape(wasm) {
  const p = { batch: 1, lq: 2, lk: 3, heads: 4, kvHeads: 2, headDim: 8 };
  const t = inputs(p, 1);
  const bad = { q: wasm.upload(t.q), k: wasm.upload(t.k.subarray(1)), v: wasm.upload(t.v) };
  try {
    await prepare(wasm, node(p), bad, wasm.upload(new Float32Array(t.q.length)));
    check(false, 'a k of the wrong length is refused');
  } catch (e) {
    check(e.message.includes("'k'") && e.message.includes('= 48') && e.message.includes('got 47'), `a k of the wrong length is refused: ${e.message}`);
  }
  try {
    await prepare(wasm, node({ ...p, kvHeads: 3 }), bad, wasm.upload(new Float32Array(t.q.length)));
    check(false, 'heads not a multiple of kvHeads is refused');
  } catch (e) {
    check(e.message.includes('multiple of kvHeads'), `heads not a multiple of kvHeads is refused: ${e.message}`);
  }
}

const baseUrl = new URL('../wasm/', import.meta.url).href;
const builds = [];
for (const opts of [{ simd: false, threads: false }, { simd: true, threads: false }, { simd: true, threads: true, maxWorkers: 2 }]) {
  const wasm = await loadWasm({ ...opts, baseUrl });
  builds.push(wasm);
  await accuracy(wasm);
}
if (builds[2].info.threads) {
  builds[2].minParallelWork = 1;
  await threadsAgree(builds[1], builds[2]);
} else {
  console.log(`skip threaded split: ${builds[2].info.reason}`);
}
await refusesWrongShape(builds[0]);
for (const wasm of builds) wasm.dispose();
console.log(failures ? `${failures} check(s) failed` : 'all mha checks passed');
process.exit(failures ? 1 : 0);

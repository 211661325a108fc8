// Node check of the rope WASM kernel (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/rope-wasm.test.mjs
// Rotary position embedding (HF rotate_half) against a float64 JS reference that takes HF's float32 steps
// (inv_freq and the angle p * inv_freq rounded to f32, then cos/sin in float64), in the scalar, SIMD and SIMD+threads
// builds, for positions up to 4095; prints how far the all-float64 angle (theta^(-2i/d) * p in double) lies from it at
// p = 2047; the threaded split gives the single-thread bits; a wrong shape is refused naming the tensor.
import { loadWasm } from '../js/backends/wasm.js';
import { prepare } from '../js/ops/rope/wasm.js';

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}

/** angle(p, i): the rotation of pair i at position p. */
function reference(x, { batch, seq, heads, headDim }, angle) {
  const out = new Float64Array(x.length), half = headDim / 2, width = heads * headDim;
  for (let r = 0; r < batch * seq; r++) for (let i = 0; i < half; i++) {
    const a = angle(r % seq, i), c = Math.cos(a), s = Math.sin(a);
    for (let h = 0; h < heads; h++) {
      const base = r * width + h * headDim + i, x1 = x[base], x2 = x[base + half];
      out[base] = x1 * c - x2 * s;
      out[base + half] = x2 * c + x1 * s;
    }
  }
  return out;
}
const f = Math.fround;
const hfAngle = (headDim, theta) => (p, i) => f(p * f(1 / f(Math.pow(f(theta), f((2 * i) / headDim)))));
const doubleAngle = (headDim, theta) => (p, i) => p * Math.pow(theta, (-2 * i) / headDim);

const node = (params) => ({ op: 'rope', params, kernel: { file: 'rope.wgsl', entry: 'rope', constants: {} } });

async function run(wasm, params, x) {
  const rx = wasm.upload(x), out = wasm.upload(new Float32Array(x.length));
  try {
    const prepared = await prepare(wasm, node(params), { x: rx }, out);
    try {
      await prepared.run();
    } finally {
      prepared.dispose();
    }
    return out.read();
  } finally {
    rx.free();
    out.free();
  }
}

const worstOf = (got, want) => got.reduce((m, v, i) => Math.max(m, Math.abs(v - want[i])), 0);

const CASES = [
  { name: 'LLaMA q: 4 heads x 64, positions 0..4095', p: { batch: 1, seq: 4096, heads: 4, headDim: 64, theta: 10000 } },
  { name: 'two sequences of 5, 3 heads x 6, theta 500000', p: { batch: 2, seq: 5, heads: 3, headDim: 6, theta: 500000 } },
  { name: 'one row, one head of 2', p: { batch: 1, seq: 1, heads: 1, headDim: 2, theta: 10000 } },
];

async function accuracy(wasm) {
  for (const [n, c] of CASES.entries()) {
    const next = random(50 + n);
    const x = Float32Array.from({ length: c.p.batch * c.p.seq * c.p.heads * c.p.headDim }, () => next());
    const got = await run(wasm, c.p, x);
    const worst = worstOf(got, reference(x, c.p, hfAngle(c.p.headDim, c.p.theta)));
    check(worst < 1e-6, `${wasm.info.file}: ${c.name}: max |error| vs HF's f32 angle ${worst.toExponential(2)}`);
  }
}

/** One row at p = 2047: the kernel against the f32-angle reference and against the all-float64 angle. */
async function position2047(wasm) {
  const p = { batch: 1, seq: 2048, heads: 1, headDim: 128, theta: 10000 };
  const next = random(9);
  const x = Float32Array.from({ length: p.seq * p.headDim }, () => next());
  const got = (await run(wasm, p, x)).subarray(2047 * p.headDim);
  const tail = (y) => y.subarray(2047 * p.headDim);
  const hf = worstOf(got, tail(reference(x, p, hfAngle(p.headDim, p.theta))));
  const dbl = worstOf(got, tail(reference(x, p, doubleAngle(p.headDim, p.theta))));
  check(hf < 1e-6, `${wasm.info.file}: p = 2047, headDim 128, |x| <= 1: max |error| ${hf.toExponential(2)} vs HF's f32 angle, `
      + `${dbl.toExponential(2)} vs a float64 angle (the f32 rounding of p * inv_freq, as HF has it)`);
}

async function threadsAgree(single, threaded) {
  const p = { batch: 2, seq: 300, heads: 8, headDim: 64, theta: 10000 };
  const next = random(3);
  const x = Float32Array.from({ length: 2 * 300 * 8 * 64 }, () => next());
  const a = await run(single, p, x), b = await run(threaded, p, x);
  const threads = threaded.stats().ops.rope.lastThreads;
  check(threads > 1 && a.every((v, i) => v === b[i]), `threaded rope (${threads} threads) gives the single-thread bits`);
}

async function refusesWrongShape(wasm) {
  for (const [params, length, words] of [[{ batch: 1, seq: 3, heads: 2, headDim: 4 }, 23, ["'x'", '= 24', 'got 23']],
    [{ batch: 1, seq: 3, heads: 2, headDim: 5 }, 30, ['headDim must be even']]]) {
    const x = wasm.upload(new Float32Array(length));
    try {
      await prepare(wasm, node(params), { x }, wasm.upload(new Float32Array(length)));
      check(false, `rope ${JSON.stringify(params)} on ${length} values is refused`);
    } catch (e) {
      check(words.every((w) => e.message.includes(w)), `rope ${JSON.stringify(params)} on ${length} values is refused: ${e.message}`);
    }
  }
}

const baseUrl = new URL('../wasm/', import.meta.url).href;
const builds = [];
for (const opts of [{ simd: false, threads: false }, { simd: true, threads: false }, { simd: true, threads: true, maxWorkers: 2 }]) {
  const wasm = await loadWasm({ ...opts, baseUrl });
  builds.push(wasm);
  await accuracy(wasm);
  await position2047(wasm);
}
if (builds[2].info.threads) {
  builds[2].minParallelWork = 1;
  await threadsAgree(builds[1], builds[2]);
} else {
  console.log(`skip threaded split: ${builds[2].info.reason}`);
}
await refusesWrongShape(builds[0]);
for (const wasm of builds) wasm.dispose();
console.log(failures ? `${failures} check(s) failed` : 'all rope checks passed');
process.exit(failures ? 1 : 0);

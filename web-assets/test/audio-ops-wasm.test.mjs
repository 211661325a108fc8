// Node check of the audio-family WASM kernels (not part of the Maven run; .ci/run runs it):
//   node web-assets/test/audio-ops-wasm.test.mjs
// conv1d (groups, no bias, any kernel/stride/pad, trim, GELU), groupnorm, transpose and weightnorm through their
// js/ops/<op>/wasm.js in the scalar, SIMD and SIMD+threads builds against float64 JS references, at awkward sizes
// (1 frame, lengths off the SIMD width, wav2vec2's strides and its 128-tap grouped positional conv); the threaded
// split gives the single-thread bits; a wrong shape is refused naming the tensor.
import { loadWasm } from '../js/backends/wasm.js';
import { prepare as conv1d } from '../js/ops/conv1d/wasm.js';
import { prepare as groupnorm } from '../js/ops/groupnorm/wasm.js';
import { prepare as transpose } from '../js/ops/transpose/wasm.js';
import { prepare as weightnorm } from '../js/ops/weightnorm/wasm.js';

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}
const filled = (n, seed, scale = 1, offset = 0) => {
  const next = random(seed);
  return Float32Array.from({ length: n }, () => offset + scale * next());
};

// ---- float64 references -----------------------------------------------------------------------------------------
function erf(x) {  // Abramowitz & Stegun 7.1.26 would be the kernel's; here a float64 series/continued fraction
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? y : -y;
}
function refConv1d(x, w, bias, p) {
  const { cin, length, cout, kernel, stride, pad, groups, gelu, trim } = p;
  const gin = cin / groups, gout = cout / groups;
  const lout = Math.floor((length + 2 * pad - kernel) / stride) + 1 - trim;
  const y = new Float64Array(cout * lout);
  for (let o = 0; o < cout; o++) {
    const first = Math.floor(o / gout) * gin;
    for (let t = 0; t < lout; t++) {
      let s = bias ? bias[o] : 0;
      for (let c = 0; c < gin; c++) for (let j = 0; j < kernel; j++) {
        const at = t * stride + j - pad;
        if (at >= 0 && at < length) s += w[(o * gin + c) * kernel + j] * x[(first + c) * length + at];
      }
      y[o * lout + t] = gelu ? 0.5 * s * (1 + erf(s / Math.SQRT2)) : s;
    }
  }
  return y;
}
function refGroupNorm(x, gamma, beta, { channels, length, groups, eps }) {
  const per = channels / groups, span = per * length, y = new Float64Array(x.length);
  for (let g = 0; g < groups; g++) {
    let mean = 0;
    for (let i = 0; i < span; i++) mean += x[g * span + i];
    mean /= span;
    let v = 0;
    for (let i = 0; i < span; i++) v += (x[g * span + i] - mean) ** 2;
    const inv = 1 / Math.sqrt(v / span + eps);
    for (let i = 0; i < span; i++) {
      const c = g * per + Math.floor(i / length);
      y[g * span + i] = (x[g * span + i] - mean) * inv * gamma[c] + beta[c];
    }
  }
  return y;
}
function refWeightNorm(g, v, { outer, size, inner }) {
  const sq = new Float64Array(size), w = new Float64Array(v.length);
  for (let k = 0; k < v.length; k++) sq[Math.floor(k / inner) % size] += v[k] * v[k];
  for (let k = 0; k < v.length; k++) {
    const j = Math.floor(k / inner) % size;
    w[k] = g[j] * v[k] / Math.sqrt(sq[j]);
  }
  return w;
}

// ---- running one op through its wasm.js ----------------------------------------------------------------------------
async function run(wasm, prepare, op, params, inputs, outLength) {
  const tensors = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v).map(([k, v]) => [k, wasm.upload(v)]));
  const out = wasm.upload(new Float32Array(outLength));
  try {
    const prepared = await prepare(wasm, { op, params, kernel: { file: `${op}.wgsl`, entry: op, constants: {} } }, tensors, out);
    try {
      await prepared.run();
    } finally {
      prepared.dispose();
    }
    return out.read();
  } finally {
    for (const t of Object.values(tensors)) t.free();
    out.free();
  }
}

/** max |got - want| / (1 + |want|) */
const worstOf = (got, want) => got.reduce((m, v, i) => Math.max(m, Math.abs(v - want[i]) / (1 + Math.abs(want[i]))), 0);

const CONVS = [
  { name: 'Whisper conv2 (k3 s2 p1 + GELU), odd length', p: { cin: 24, length: 301, cout: 20, kernel: 3, stride: 2, pad: 1, groups: 1, gelu: true, trim: 0 }, bias: true },
  { name: 'wav2vec2 conv0 (cin 1, k10 s5, no bias)', p: { cin: 1, length: 1603, cout: 16, kernel: 10, stride: 5, pad: 0, groups: 1, gelu: false, trim: 0 }, bias: false },
  { name: 'wav2vec2 conv1..4 (k3 s2, no bias)', p: { cin: 32, length: 320, cout: 32, kernel: 3, stride: 2, pad: 0, groups: 1, gelu: false, trim: 0 }, bias: false },
  { name: 'wav2vec2 conv5..6 (k2 s2, no bias), 1 output frame', p: { cin: 8, length: 3, cout: 5, kernel: 2, stride: 2, pad: 0, groups: 1, gelu: false, trim: 0 }, bias: false },
  { name: 'wav2vec2 positional conv (k128 p64 groups 16, trim 1, GELU)', p: { cin: 64, length: 49, cout: 64, kernel: 128, stride: 1, pad: 64, groups: 16, gelu: true, trim: 1 }, bias: true },
  { name: 'groups 3, k5 s3 p2, odd sizes', p: { cin: 9, length: 37, cout: 6, kernel: 5, stride: 3, pad: 2, groups: 3, gelu: false, trim: 0 }, bias: true },
  { name: 'depthwise (groups = channels), k7 p3, length 1', p: { cin: 5, length: 1, cout: 5, kernel: 7, stride: 1, pad: 3, groups: 5, gelu: false, trim: 0 }, bias: true },
];

async function accuracy(wasm) {
  for (const [n, c] of CONVS.entries()) {
    const { p } = c;
    const x = filled(p.cin * p.length, 10 + n), w = filled(p.cout * (p.cin / p.groups) * p.kernel, 20 + n, 0.3);
    const bias = c.bias ? filled(p.cout, 30 + n, 0.1) : null;
    const want = refConv1d(x, w, bias, p);
    const got = await run(wasm, conv1d, 'conv1d', p, { x, w, bias }, want.length);
    const worst = worstOf(got, want);
    check(worst < 2e-5, `${wasm.info.file}: conv1d ${c.name}: max |error|/(1+|y|) ${worst.toExponential(2)}`);
  }
  for (const [n, p] of [{ channels: 12, length: 3203, groups: 12, eps: 1e-5 }, { channels: 6, length: 1, groups: 3, eps: 1e-5 },
    { channels: 8, length: 41, groups: 2, eps: 1e-5 }, { channels: 2, length: 96001, groups: 2, eps: 1e-5 }].entries()) {
    const x = filled(p.channels * p.length, 40 + n, 1, 50), gamma = filled(p.channels, 50 + n, 0.5, 1), beta = filled(p.channels, 60 + n, 0.5);
    const want = refGroupNorm(x, gamma, beta, p);
    const worst = worstOf(await run(wasm, groupnorm, 'groupnorm', p, { x, gamma, beta }, x.length), want);
    check(worst < 1e-4, `${wasm.info.file}: groupnorm ${JSON.stringify(p)} (mean 50): max |error|/(1+|y|) ${worst.toExponential(2)}`);
  }
  for (const [n, p] of [{ rows: 512, cols: 49 }, { rows: 1, cols: 7 }, { rows: 33, cols: 1 }, { rows: 17, cols: 300 }].entries()) {
    const x = filled(p.rows * p.cols, 70 + n);
    const got = await run(wasm, transpose, 'transpose', p, { x }, x.length);
    let exact = true;
    for (let r = 0; r < p.rows; r++) for (let c = 0; c < p.cols; c++) exact &&= got[c * p.rows + r] === x[r * p.cols + c];
    check(exact, `${wasm.info.file}: transpose ${p.rows}x${p.cols} is exact`);
  }
  for (const [n, p] of [{ outer: 64 * 4, size: 128, inner: 1 }, { outer: 3, size: 5, inner: 7 }, { outer: 1, size: 1, inner: 1 },
    { outer: 1, size: 6, inner: 33 }].entries()) {
    const g = filled(p.size, 80 + n, 1, 0.5), v = filled(p.outer * p.size * p.inner, 90 + n);
    const worst = worstOf(await run(wasm, weightnorm, 'weightnorm', p, { g, v }, v.length), refWeightNorm(g, v, p));
    check(worst < 1e-6, `${wasm.info.file}: weightnorm ${JSON.stringify(p)}: max |error|/(1+|w|) ${worst.toExponential(2)}`);
  }
}

async function threadsAgree(single, threaded) {
  const p = { cin: 32, length: 1601, cout: 32, kernel: 3, stride: 2, pad: 0, groups: 1, gelu: false, trim: 0 };
  const x = filled(32 * 1601, 1), w = filled(32 * 32 * 3, 2);
  const gn = { channels: 16, length: 3001, groups: 16, eps: 1e-5 }, gx = filled(16 * 3001, 3);
  const gamma = filled(16, 4), beta = filled(16, 5);
  const wn = { outer: 256, size: 128, inner: 1 }, g = filled(128, 6), v = filled(256 * 128, 7);
  const tr = { rows: 513, cols: 49 }, tx = filled(513 * 49, 8);
  for (const [op, prep, params, inputs, n] of [['conv1d', conv1d, p, { x, w }, 32 * 800], ['groupnorm', groupnorm, gn, { x: gx, gamma, beta }, gx.length],
    ['weightnorm', weightnorm, wn, { g, v }, v.length], ['transpose', transpose, tr, { x: tx }, tx.length]]) {
    const a = await run(single, prep, op, params, inputs, n), b = await run(threaded, prep, op, params, inputs, n);
    const threads = threaded.stats().ops[op].lastThreads;
    check(threads > 1 && a.every((value, i) => value === b[i]), `threaded ${op} (${threads} threads) gives the single-thread bits`);
  }
}

async function refusesWrongShapes(wasm) {
  const cases = [
    ['conv1d', conv1d, { cin: 4, length: 10, cout: 6, kernel: 3, stride: 1, pad: 0, groups: 2 }, { x: 40, w: 35 }, 48, ["'w'", '= 36', 'got 35']],
    ['conv1d', conv1d, { cin: 4, length: 10, cout: 6, kernel: 3, stride: 1, pad: 0, groups: 4 }, { x: 40, w: 18 }, 48, ['multiples of groups']],
    ['conv1d', conv1d, { cin: 1, length: 4, cout: 1, kernel: 2, stride: 2, pad: 0, trim: 2 }, { x: 4, w: 2 }, 1, ['trim 2 drops all 2']],
    ['groupnorm', groupnorm, { channels: 4, length: 5, groups: 2 }, { x: 20, gamma: 4, beta: 3 }, 20, ["'beta'", '= 4', 'got 3']],
    ['transpose', transpose, { rows: 3, cols: 5 }, { x: 14 }, 15, ["'x'", '= 15', 'got 14']],
    ['weightnorm', weightnorm, { outer: 2, size: 3, inner: 4 }, { g: 2, v: 24 }, 24, ["'g'", '= 3', 'got 2']],
  ];
  for (const [op, prep, params, sizes, outLength, words] of cases) {
    const tensors = Object.fromEntries(Object.entries(sizes).map(([k, n]) => [k, wasm.upload(new Float32Array(n))]));
    try {
      await prep(wasm, { op, params, kernel: {} }, tensors, wasm.upload(new Float32Array(outLength)));
      check(false, `${op} ${JSON.stringify(params)} with ${JSON.stringify(sizes)} is refused`);
    } catch (e) {
      check(words.every((word) => e.message.includes(word)), `${op} ${JSON.stringify(sizes)} is refused: ${e.message}`);
    }
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
  console.log(`skip threads: ${builds[2].info.reason}`);
}
await refusesWrongShapes(builds[0]);
for (const b of builds) b.dispose();
console.log(failures ? `${failures} check(s) FAILED` : 'all audio-op checks passed');
process.exit(failures ? 1 : 0);

// The kernel checks behind run-tests.mjs (Node) and browser-smoke.mjs (real browsers): every
// WASM kernel in every build against float64 JS references, plus a matmul timing.
import { loadWasm, WasmBackend } from '../../web-assets/js/backends/wasm.js';

let failures = 0, checks = 0, log = console.log;
function check(ok, what) {
  checks++;
  if (!ok) { failures++; log(`  FAIL ${what}`); }
}
const f32 = Math.fround;

// Deterministic inputs (xorshift32).
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}
function randArray(n, seed, lo = -1, hi = 1) {
  const r = rng(seed), a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + (hi - lo) * r();
  return a;
}
function ulpDiff(a, b) {  // b is the float64 truth
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  const fb = f32(b);
  if (!Number.isFinite(fb)) return a === fb ? 0 : Infinity;
  const ulp = Math.max(Math.abs(f32(fb * (1 + 2 ** -23)) - fb), 2 ** -149);
  return Math.abs(a - b) / ulp;
}

// ---- references (float64) ----------------------------------------------------------------
function refMatmul(a, b, M, N, K) {
  const c = new Float64Array(M * N), bound = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0, sa = 0;
      for (let k = 0; k < K; k++) { const p = a[i * K + k] * b[k * N + j]; s += p; sa += Math.abs(p); }
      c[i * N + j] = s; bound[i * N + j] = sa;
    }
  return { c, bound };
}
// max |err| / (sum |terms|), which stays below about K * 2^-24 for f32 accumulation
function relToBound(got, { c, bound }) {
  let worst = 0;
  for (let i = 0; i < c.length; i++) worst = Math.max(worst, Math.abs(got[i] - c[i]) / (bound[i] || 1e-30));
  return worst;
}
function maxAbs(got, want) {
  let m = 0;
  for (let i = 0; i < want.length; i++) m = Math.max(m, Math.abs(got[i] - want[i]));
  return m;
}
// 0.5 x (1 + tanh(u)) rewritten as x / (1 + e^{-2u}): the same function without the float64
// cancellation for x << 0 (gelu(1) is also checked against the published tanh-form value).
const geluRef = (x) => x / (1 + Math.exp(-2 * Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
const siluRef = (x) => x / (1 + Math.exp(-x));

// Packs q [N][K] (unsigned, < 2^bits) per the contract in docs/KERNELS.md (Java WeightPacker,
// qmatmul.wgsl): floor(32/bits) codes per u32 word, least significant first, no code straddles
// a word (3 bit: 10 codes, bits 30-31 unused), each row starts on a fresh word. Built with
// BigInt per word, independently of the shift arithmetic in the C unpacker.
function packRows(q, N, K, bits) {
  const per = Math.floor(32 / bits), wpr = Math.ceil(K / per), out = new Uint32Array(N * wpr);
  for (let n = 0; n < N; n++) {
    for (let w = 0; w < wpr; w++) {
      let word = 0n;
      for (let t = 0; t < per && w * per + t < K; t++) word |= BigInt(q[n * K + w * per + t]) << BigInt(t * bits);
      out[n * wpr + w] = Number(word);
    }
  }
  return out;
}

// librosa.filters.mel(sr=16000, n_fft=400, n_mels) (Slaney scale and norm), as Whisper ships it.
function melFilterbank(nMels = 80, sr = 16000, nFft = 400) {
  const fSp = 200 / 3, minLogHz = 1000, minLogMel = minLogHz / fSp, logStep = Math.log(6.4) / 27;
  const hz2mel = (f) => (f >= minLogHz ? minLogMel + Math.log(f / minLogHz) / logStep : f / fSp);
  const mel2hz = (m) => (m >= minLogMel ? minLogHz * Math.exp(logStep * (m - minLogMel)) : fSp * m);
  const nFreq = nFft / 2 + 1, top = hz2mel(sr / 2), melF = [];
  for (let i = 0; i < nMels + 2; i++) melF.push(mel2hz((top * i) / (nMels + 1)));
  const fb = new Float32Array(nMels * nFreq);
  for (let m = 0; m < nMels; m++) {
    const enorm = 2 / (melF[m + 2] - melF[m]);
    for (let k = 0; k < nFreq; k++) {
      const f = (k * sr) / nFft;
      const lower = (f - melF[m]) / (melF[m + 1] - melF[m]), upper = (melF[m + 2] - f) / (melF[m + 2] - melF[m + 1]);
      fb[m * nFreq + k] = Math.max(0, Math.min(lower, upper)) * enorm;
    }
  }
  return fb;
}

// Whisper log-mel with a direct DFT in float64.
function refLogmel(audio, fb, nMels) {
  const N = 400, hop = 160, pad = 200, nFreq = 201, L = audio.length, frames = Math.floor(L / hop);
  const cos = new Float64Array(N), sin = new Float64Array(N), win = new Float64Array(N);
  for (let n = 0; n < N; n++) { cos[n] = Math.cos((2 * Math.PI * n) / N); sin[n] = Math.sin((2 * Math.PI * n) / N); win[n] = 0.5 - 0.5 * cos[n]; }
  const refl = (i) => { while (i < 0 || i >= L) i = i < 0 ? -i : 2 * (L - 1) - i; return i; };
  const out = new Float64Array(nMels * frames), fr = new Float64Array(N), pw = new Float64Array(nFreq);
  for (let t = 0; t < frames; t++) {
    for (let n = 0; n < N; n++) fr[n] = audio[refl(t * hop + n - pad)] * win[n];
    for (let k = 0; k < nFreq; k++) {
      let re = 0, im = 0;
      for (let n = 0; n < N; n++) { const idx = (k * n) % N; re += fr[n] * cos[idx]; im -= fr[n] * sin[idx]; }
      pw[k] = re * re + im * im;
    }
    for (let m = 0; m < nMels; m++) {
      let s = 0;
      for (let k = 0; k < nFreq; k++) s += fb[m * nFreq + k] * pw[k];
      out[m * frames + t] = Math.log10(Math.max(s, 1e-10));
    }
  }
  let mx = -Infinity;
  for (const v of out) mx = Math.max(mx, v);
  for (let i = 0; i < out.length; i++) out[i] = (Math.max(out[i], mx - 8) + 4) / 4;
  return out;
}

// ---- tests ---------------------------------------------------------------------------------
async function testBuild(w, label) {
  log(`\n== ${label}: ${w.info.file} simd=${w.info.simd} threads=${w.info.threads} workers=${w.info.workers}` +
    (w.info.reason ? ` (${w.info.reason})` : ''));
  const results = {};

  // matmul, including sizes that are not multiples of 4 or 8
  let worst = 0;
  for (const [M, N, K] of [[1, 1, 1], [3, 5, 7], [4, 8, 16], [17, 13, 33], [64, 65, 63], [130, 67, 257], [9, 200, 31]]) {
    const a = randArray(M * K, M * 7 + K), b = randArray(K * N, N * 13 + K);
    const got = await w.matmul(a, b, M, N, K);
    const e = relToBound(got, refMatmul(a, b, M, N, K));
    worst = Math.max(worst, e);
    check(e < K * 2 ** -23 + 1e-7, `matmul ${M}x${N}x${K}: error ${e.toExponential(2)} of sum|a b|`);
  }
  log(`  matmul: max |err| / sum|a b| = ${worst.toExponential(2)}`);
  results.matmul = await w.matmul(randArray(37 * 41, 1), randArray(41 * 45, 2), 37, 45, 41);

  // quantized matmul: dequantize in float64, then matmul in float64
  let qWorst = 0;
  for (const bits of [8, 4, 3, 2]) {
    for (const [M, N, K, group, asym] of [[3, 5, 11, 0, false], [2, 9, 70, 32, true], [5, 8, 64, 16, false], [1, 7, 45, 45, true], [6, 13, 96, 0, true]]) {
      const G = group || K, ng = Math.ceil(K / G), r = rng(bits * 1000 + K);
      const q = new Uint32Array(N * K);
      for (let i = 0; i < q.length; i++) q[i] = Math.floor(r() * (1 << bits));
      const scales = randArray(N * ng, K + bits, 0.01, 0.1);
      const zeros = asym ? randArray(N * ng, K * 3 + bits, 0, (1 << bits) - 1) : null;
      const x = randArray(M * K, M + K * bits);
      const deq = new Float64Array(K * N);  // transposed to [K][N] for refMatmul
      for (let n = 0; n < N; n++)
        for (let k = 0; k < K; k++) {
          const g = n * ng + Math.floor(k / G), zp = asym ? zeros[g] : 2 ** (bits - 1);
          deq[k * N + n] = (q[n * K + k] - zp) * scales[g];
        }
      const got = await w.qmatmul(x, packRows(q, N, K, bits), scales, zeros, M, N, K, { bits, groupSize: group || undefined });
      const e = relToBound(got, refMatmul(x, deq, M, N, K));
      qWorst = Math.max(qWorst, e);
      check(e < 2e-6 * Math.sqrt(K) + K * 2 ** -23, `qmatmul bits=${bits} ${M}x${N}x${K} group=${group || 'channel'} ${asym ? 'asym' : 'sym'}: error ${e.toExponential(2)}`);
    }
  }
  log(`  qmatmul (8/4/3/2 bits, per channel and group, sym/asym): max |err| / sum|x w| = ${qWorst.toExponential(2)}`);
  // known answers from docs/KERNELS.md: 4-bit codes 1..8 pack to 0x87654321, ten 3-bit 7s to 0x3FFFFFFF;
  // x = identity rows read the dequantized codes back (scale 1, zero 0).
  {
    const eye = (K) => { const x = new Float32Array(K * K); for (let i = 0; i < K; i++) x[i * K + i] = 1; return x; };
    const four = await w.qmatmul(eye(8), new Uint32Array([0x87654321]), new Float32Array([1]), new Float32Array([0]), 8, 1, 8, { bits: 4 });
    check([...four].join() === '1,2,3,4,5,6,7,8', `qmatmul 4-bit word 0x87654321 reads codes 1..8: ${[...four]}`);
    const three = await w.qmatmul(eye(11), new Uint32Array([0xFFFFFFFF, 0x2]), new Float32Array([1]), new Float32Array([0]), 11, 1, 11, { bits: 3 });
    check([...three].join() === '7,7,7,7,7,7,7,7,7,7,2', `qmatmul 3-bit: 10 codes per word, bits 30-31 ignored, code 10 in word 1: ${[...three]}`);
    check(packRows(new Uint32Array(10).fill(7), 1, 10, 3)[0] === 0x3FFFFFFF, 'packRows: ten 3-bit 7s give 0x3FFFFFFF');
  }

  // softmax
  {
    const rows = 7, cols = 37, x = randArray(rows * cols, 5, -20, 20);
    x[3] = 100; x[cols + 1] = -Infinity; x[2 * cols] = 88; x[2 * cols + 1] = 88;
    const y = await w.softmax(x, rows, cols);
    let sumErr = 0, err = 0;
    for (let r = 0; r < rows; r++) {
      let mx = -Infinity, s = 0, sy = 0;
      for (let c = 0; c < cols; c++) mx = Math.max(mx, x[r * cols + c]);
      for (let c = 0; c < cols; c++) s += Math.exp(x[r * cols + c] - mx);
      for (let c = 0; c < cols; c++) {
        const want = Math.exp(x[r * cols + c] - mx) / s;
        err = Math.max(err, Math.abs(y[r * cols + c] - want) / Math.max(want, 1e-30) * (want > 1e-30 ? 1 : 0));
        sy += y[r * cols + c];
      }
      sumErr = Math.max(sumErr, Math.abs(sy - 1));
    }
    check(sumErr < 1e-6 && err < 1e-5, `softmax: |row sum - 1| ${sumErr.toExponential(2)}, max rel err ${err.toExponential(2)}`);
    check(y[cols + 1] === 0, 'softmax: exp(-inf) is 0');
    log(`  softmax: max |row sum - 1| = ${sumErr.toExponential(2)}, max rel err = ${err.toExponential(2)}`);
    results.softmax = y;
  }

  // layer norm, with and without gamma/beta
  {
    const rows = 5, cols = 67, x = randArray(rows * cols, 9, -3, 5), g = randArray(cols, 10), b = randArray(cols, 11);
    for (const withAffine of [false, true]) {
      const y = await w.layernorm(x, withAffine ? g : null, withAffine ? b : null, rows, cols, 1e-5);
      let err = 0, meanErr = 0, varErr = 0;
      for (let r = 0; r < rows; r++) {
        let m = 0, v = 0;
        for (let c = 0; c < cols; c++) m += x[r * cols + c];
        m /= cols;
        for (let c = 0; c < cols; c++) v += (x[r * cols + c] - m) ** 2;
        v /= cols;
        let ym = 0, yv = 0;
        for (let c = 0; c < cols; c++) {
          let want = (x[r * cols + c] - m) / Math.sqrt(v + 1e-5);
          if (withAffine) want = want * g[c] + b[c];
          err = Math.max(err, Math.abs(y[r * cols + c] - want));
          ym += y[r * cols + c];
        }
        ym /= cols;
        for (let c = 0; c < cols; c++) yv += (y[r * cols + c] - ym) ** 2;
        yv /= cols;
        if (!withAffine) { meanErr = Math.max(meanErr, Math.abs(ym)); varErr = Math.max(varErr, Math.abs(yv - v / (v + 1e-5))); }
      }
      check(err < 1e-5 && meanErr < 1e-6 && varErr < 1e-5, `layernorm affine=${withAffine}: max err ${err.toExponential(2)}, |mean| ${meanErr.toExponential(2)}, |var-1| ${varErr.toExponential(2)}`);
      if (!withAffine) log(`  layernorm: max abs err ${err.toExponential(2)}, output |mean| ${meanErr.toExponential(2)}, |var - v/(v+eps)| ${varErr.toExponential(2)}`);
    }
  }
  // layer norm of rows with mean 100 and std ~0.58 (|mean|/std ~ 170): a plain f32 mean loses ~1e-4 here
  {
    const rows = 12, cols = 384, x = randArray(rows * cols, 19, 99, 101);
    const y = await w.layernorm(x, null, null, rows, cols, 1e-5);
    let err = 0;
    for (let r = 0; r < rows; r++) {
      let m = 0, v = 0;
      for (let c = 0; c < cols; c++) m += x[r * cols + c];
      m /= cols;
      for (let c = 0; c < cols; c++) v += (x[r * cols + c] - m) ** 2;
      v /= cols;
      for (let c = 0; c < cols; c++) err = Math.max(err, Math.abs(y[r * cols + c] - (x[r * cols + c] - m) / Math.sqrt(v + 1e-5)));
    }
    check(err < 2e-5, `layernorm mean 100, 384 columns: max abs err ${err.toExponential(2)} (corrected two-pass mean)`);
    log(`  layernorm (mean 100, std 0.58): max abs err ${err.toExponential(2)}`);
  }

  // GELU (tanh approximation), SiLU, tanh
  {
    const g1 = (await w.gelu(new Float32Array([1])))[0];
    check(Math.abs(g1 - 0.841191990607) < 1e-7, `gelu(1) = ${g1}, expected 0.841191990607`);
    const n = 20001, x = new Float32Array(n);
    for (let i = 0; i < n; i++) x[i] = -12 + (24 * i) / (n - 1);
    const gy = await w.gelu(x), sy = await w.silu(x), ty = await w.tanh(x);
    let ge = 0, se = 0, tu = 0;
    for (let i = 0; i < n; i++) {
      const gw = geluRef(x[i]), sw = siluRef(x[i]);
      // relative condition number of x*sigmoid(2u(x)) in the rounding of 2u: |2u| (1 - sigmoid(2u))
      const u2 = 2 * Math.sqrt(2 / Math.PI) * (x[i] + 0.044715 * x[i] ** 3), cond = 1 + Math.abs(u2) / (1 + Math.exp(u2));
      // below 1e-30, e^{-2u} overflows and GELU returns -0 (true value under ~3e-38)
      if (Math.abs(gw) >= 1e-30) ge = Math.max(ge, Math.abs(gy[i] - gw) / Math.abs(gw) / cond);
      se = Math.max(se, Math.abs(sy[i] - sw) / Math.max(Math.abs(sw), 1e-30));
      tu = Math.max(tu, ulpDiff(ty[i], Math.tanh(x[i])));
    }
    check(ge < 1e-6, `gelu rel err / condition ${ge.toExponential(2)} on [-12, 12], outputs >= 1e-30`);
    check(se < 1e-6, `silu rel err ${se.toExponential(2)} on [-12, 12], outputs >= 1e-30`);
    check(tu <= 4, `tanh ${tu.toFixed(2)} ulp on [-12, 12], outputs >= 1e-30`);
    log(`  gelu(1) = ${g1}; gelu rel err/cond ${ge.toExponential(2)}, silu rel err ${se.toExponential(2)}, tanh ${tu.toFixed(2)} ulp`);
    results.gelu = gy; results.silu = sy; results.tanh = ty;
    const special = new Float32Array([NaN, Infinity, -Infinity, 0, -0, 1e-30, -1e-30, 1e30, -1e30]);
    const ts = await w.tanh(special), gs = await w.gelu(special);
    check(Number.isNaN(ts[0]) && ts[1] === 1 && ts[2] === -1 && Object.is(ts[4], -0) && ts[5] === f32(1e-30), `tanh specials ${Array.from(ts)}`);
    check(Number.isNaN(gs[0]) && gs[1] === Infinity && gs[7] === f32(1e30) && gs[8] === 0, `gelu specials ${Array.from(gs)}`);
  }

  // exp / log / log10 accuracy sweeps (these are the helpers behind the kernels)
  {
    const n = 200001, x = new Float32Array(n), lx = new Float32Array(n);
    for (let i = 0; i < n; i++) { x[i] = -103 + (191 * i) / (n - 1); lx[i] = f32(2 ** (-149 + (277 * i) / (n - 1))); }
    const ey = await w.exp(x), ly = await w.log(lx), l10 = await w.log10(lx);
    let eu = 0, lu = 0, l10u = 0;
    for (let i = 0; i < n; i++) {
      if (Math.exp(x[i]) >= 2 ** -126) eu = Math.max(eu, ulpDiff(ey[i], Math.exp(x[i])));
      lu = Math.max(lu, ulpDiff(ly[i], Math.log(lx[i])));
      l10u = Math.max(l10u, ulpDiff(l10[i], Math.log10(lx[i])));
    }
    check(eu <= 2 && lu <= 2 && l10u <= 3, `exp ${eu.toFixed(2)} ulp, log ${lu.toFixed(2)} ulp, log10 ${l10u.toFixed(2)} ulp`);
    const sp = await w.exp(new Float32Array([89, -104, -Infinity, Infinity, NaN, 88.7]));
    check(sp[0] === Infinity && sp[1] === 0 && sp[2] === 0 && sp[3] === Infinity && Number.isNaN(sp[4]) && Number.isFinite(sp[5]), `exp specials ${Array.from(sp)}`);
    log(`  exp ${eu.toFixed(2)} ulp (normal results), log ${lu.toFixed(2)} ulp, log10 ${l10u.toFixed(2)} ulp (incl. subnormal inputs)`);
  }

  // add / mul, plain and broadcast along the last dimension
  {
    const a = randArray(7 * 13, 21), b = randArray(7 * 13, 22), bias = randArray(13, 23);
    const s = await w.add(a, b), p = await w.mul(a, b), sb = await w.add(a, bias), pb = await w.mul(a, bias);
    let ok = true;
    for (let i = 0; i < a.length; i++) {
      ok &&= s[i] === f32(a[i] + b[i]) && p[i] === f32(a[i] * b[i]);
      ok &&= sb[i] === f32(a[i] + bias[i % 13]) && pb[i] === f32(a[i] * bias[i % 13]);
    }
    check(ok, 'add/mul (plain and broadcast) exact');
  }

  // attention: no mask, shared mask, per-head mask
  {
    const H = 3, lq = 5, lk = 7, d = 9, dv = 6;
    const q = randArray(H * lq * d, 31), k = randArray(H * lk * d, 32), v = randArray(H * lk * dv, 33);
    const shared = randArray(lq * lk, 34, -2, 0), perHead = randArray(H * lq * lk, 35, -2, 0);
    shared[1] = -Infinity;  // a masked key
    let worstA = 0;
    for (const [name, mask] of [['none', null], ['shared', shared], ['per-head', perHead]]) {
      const got = await w.attention(q, k, v, mask, { heads: H, lq, lk, d, dv });
      const want = new Float64Array(H * lq * dv), scale = 1 / Math.sqrt(d);
      for (let h = 0; h < H; h++)
        for (let i = 0; i < lq; i++) {
          const sc = [];
          for (let j = 0; j < lk; j++) {
            let s = 0;
            for (let c = 0; c < d; c++) s += q[(h * lq + i) * d + c] * k[(h * lk + j) * d + c];
            s *= scale;
            if (mask) s += mask === shared ? shared[i * lk + j] : perHead[(h * lq + i) * lk + j];
            sc.push(s);
          }
          const mx = Math.max(...sc), e = sc.map((s) => Math.exp(s - mx)), tot = e.reduce((x, y) => x + y, 0);
          for (let c = 0; c < dv; c++) {
            let o = 0;
            for (let j = 0; j < lk; j++) o += (e[j] / tot) * v[(h * lk + j) * dv + c];
            want[(h * lq + i) * dv + c] = o;
          }
        }
      const e = maxAbs(got, want);
      worstA = Math.max(worstA, e);
      check(e < 1e-6, `attention mask=${name}: max abs err ${e.toExponential(2)}`);
    }
    log(`  attention (3 heads, 5x7, d 9, dv 6; masks none/shared/per-head): max abs err ${worstA.toExponential(2)}`);
  }

  // conv1d k=3 pad=1, stride 1 and 2, odd and even lengths
  {
    let worstC = 0;
    for (const [cin, L, cout, stride, useBias] of [[5, 17, 6, 1, true], [3, 16, 4, 2, true], [4, 33, 5, 2, false], [2, 1, 3, 1, true], [8, 40, 3, 1, false]]) {
      const x = randArray(cin * L, cin * L), wt = randArray(cout * cin * 3, cout + 100), bias = useBias ? randArray(cout, 7 + cout) : null;
      const lout = Math.floor((L - 1) / stride) + 1;
      const got = await w.conv1d(x, wt, bias, { cin, length: L, cout, stride });
      const want = new Float64Array(cout * lout);
      for (let co = 0; co < cout; co++)
        for (let t = 0; t < lout; t++) {
          let s = bias ? bias[co] : 0;
          for (let ci = 0; ci < cin; ci++)
            for (let kk = 0; kk < 3; kk++) {
              const idx = t * stride + kk - 1;
              if (idx >= 0 && idx < L) s += wt[(co * cin + ci) * 3 + kk] * x[ci * L + idx];
            }
          want[co * lout + t] = s;
        }
      const e = maxAbs(got, want);
      worstC = Math.max(worstC, e);
      check(got.length === cout * lout && e < 1e-5, `conv1d cin=${cin} L=${L} cout=${cout} stride=${stride}: err ${e.toExponential(2)}`);
    }
    log(`  conv1d (stride 1/2, odd/even lengths): max abs err ${worstC.toExponential(2)}`);
  }

  // log-mel
  {
    const fb = melFilterbank(80);
    const silence = await w.logmel(new Float32Array(16000), fb);
    check(silence.length === 80 * 100 && silence.every((v) => v === -1.5), 'logmel of silence is -1.5 everywhere');

    const sr = 16000, n = sr + 77, sine = new Float32Array(n);
    for (let i = 0; i < n; i++) sine[i] = 0.5 * Math.sin((2 * Math.PI * 1000 * i) / sr);
    const lm = await w.logmel(sine, fb), frames = WasmBackend.logmelFrames(n);
    let best = 0, bestV = -Infinity, expect = 0, expectW = -1;
    for (let m = 0; m < 80; m++) {
      let s = 0;
      for (let t = 0; t < frames; t++) s += lm[m * frames + t];
      if (s > bestV) { bestV = s; best = m; }
      if (fb[m * 201 + 25] > expectW) { expectW = fb[m * 201 + 25]; expect = m; }  // FFT bin 25 = 1000 Hz
    }
    check(Math.abs(best - expect) <= 1, `logmel 1 kHz peak at mel bin ${best}, filter of 1 kHz is bin ${expect}`);

    const r = rng(77), mix = new Float32Array(sr + 123);
    for (let i = 0; i < mix.length; i++) {
      const t = i / sr;
      mix[i] = 0.3 * Math.sin(2 * Math.PI * 440 * t) + 0.2 * Math.sin(2 * Math.PI * 3150.5 * t) * Math.exp(-t) + 0.05 * (r() - 0.5);
    }
    const got = await w.logmel(mix, fb), want = refLogmel(mix, fb, 80);
    const e = maxAbs(got, want);
    check(e < 1e-3, `logmel vs direct float64 DFT: max abs err ${e.toExponential(2)}`);
    log(`  logmel: silence == -1.5, 1 kHz peak at bin ${best} (filter peak ${expect}), vs direct DFT max abs err ${e.toExponential(2)}`);
    results.logmel = got;
  }
  return results;
}

function sameBits(a, b) {
  if (a.length !== b.length) return false;
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length), ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) return false;
  return true;
}

async function median(fn, reps) {
  await fn(); await fn();
  const t = [];
  for (let i = 0; i < reps; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
  t.sort((x, y) => x - y);
  return t[Math.floor(reps / 2)];
}

/**
 * Runs every check. opts: {log, bench, platform (label for the timing line), threads}.
 * Returns {checks, failures, info}.
 */
export async function runSuite({ log: logFn = console.log, bench = true, platform = 'unknown platform', threads = true } = {}) {
  log = logFn; failures = 0; checks = 0;
  const scalar = await loadWasm({ simd: false, threads: false });
  const simd = await loadWasm({ simd: true, threads: false });
  const threaded = await loadWasm({ simd: true, threads: true });
  threaded.minParallelWork = 1;  // split even the small test cases across the workers
  const rs = await testBuild(scalar, 'scalar');
  const rv = await testBuild(simd, 'simd');
  const rt = await testBuild(threaded, 'simd + threads');

  log('\n== cross-build');
  if (threads) {
    check(threaded.info.threads && threaded.info.workers >= 2, `threaded build runs workers (${threaded.info.workers}, ${threaded.info.reason || ''})`);
    check(threaded.stats().ops.matmul.lastThreads >= 2 && threaded.stats().ops.logmel.lastThreads >= 2, 'matmul and logmel were split across workers');
  } else {
    check(!threaded.info.threads && !!threaded.info.reason, `threads unavailable and reported: ${threaded.info.reason}`);
  }
  for (const op of ['gelu', 'silu', 'tanh']) check(sameBits(rs[op], rv[op]), `${op}: scalar and SIMD builds give identical bits`);
  for (const op of ['matmul', 'softmax', 'gelu', 'logmel']) check(sameBits(rv[op], rt[op]), `${op}: threaded and single-thread SIMD give identical bits`);
  for (const w of [scalar, simd]) check(w.heap.liveBytes === 0, `${w.info.file}: no heap left allocated after the ops (${w.heap.liveBytes} bytes)`);
  check(threaded.heap.liveBytes === threaded.workers.length * 128 * 1024, 'threaded: only the worker stacks remain allocated');
  log('  stats():', JSON.stringify(threaded.stats().ops.matmul), 'simd', threaded.stats().simd, 'threads', threaded.stats().threads);

  if (bench) {
    const n = 256, a = randArray(n * n, 1), b = randArray(n * n, 2);
    const ta = scalar.upload(a), tb = scalar.upload(b), va = simd.upload(a), vb = simd.upload(b);
    const xa = threaded.upload(a), xb = threaded.upload(b);
    threaded.minParallelWork = 1 << 18;
    const ms = await median(() => scalar.matmul(ta, tb, n, n, n), 15);
    const mv = await median(() => simd.matmul(va, vb, n, n, n), 15);
    const mt = await median(() => threaded.matmul(xa, xb, n, n, n), 15);
    const gf = (t) => ((2 * n ** 3) / (t * 1e6)).toFixed(2);
    log(`\n== timing: matmul 256x256x256, median of 15, ${platform} (A and B resident; includes allocating and copying out C)`);
    log(`  scalar          ${ms.toFixed(2)} ms  (${gf(ms)} GFLOP/s)`);
    log(`  simd            ${mv.toFixed(2)} ms  (${gf(mv)} GFLOP/s)  ${(ms / mv).toFixed(2)}x scalar`);
    log(`  simd+threads(${threaded.workers.length} workers) ${mt.toFixed(2)} ms  (${gf(mt)} GFLOP/s)  ${(ms / mt).toFixed(2)}x scalar`);
  }

  threaded.dispose();
  log(`\n${checks - failures}/${checks} checks passed`);
  return { checks, failures, info: { scalar: scalar.info, simd: simd.info, threaded: threaded.info } };
}

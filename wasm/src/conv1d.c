/* Conv1d with zero padding and groups (PyTorch Conv1d, batch 1), as wgsl/conv1d.wgsl.
 * x [Cin][L], w [Cout][Cin/groups][K], bias [Cout] or null, y [Cout][Lout] where Lout <= the full
 * (L + 2 pad - K) / stride + 1 (the host passes it after trim: frames past Lout are never computed).
 * y[co][t] = bias + sum_c sum_j w[co][c][j] * x[first + c][t*stride + j - pad] (zero outside),
 * first = (co / (Cout/groups)) * (Cin/groups). Computes output channels [co0, co1).
 * Per (co, c) one pass over t: in the interior (every tap in range) four outputs at a time with all K taps
 * accumulated in a register, so y is loaded and stored once per input channel, not once per tap. */
#include "common.h"

#ifdef __wasm_simd128__
/* x[at], x[at + stride], x[at + 2 stride], x[at + 3 stride]; reads nothing past x[at + 3 stride] */
static inline v128_t strided4(const float *x, int at, int stride) {
  if (stride == 1) return wasm_v128_load(x + at);
  if (stride == 2) return wasm_i32x4_shuffle(wasm_v128_load(x + at), wasm_v128_load(x + at + 3), 0, 2, 5, 7);
  return wasm_f32x4_make(x[at], x[at + stride], x[at + 2 * stride], x[at + 3 * stride]);
}
#endif

/* yr[t] += sum_j wk[j] x[t*stride + j - pad] over the taps in range, for t in [t0, t1). */
static void edge(float *yr, const float *xr, const float *wk, int L, int K, int stride, int pad, int t0, int t1) {
  for (int t = t0; t < t1; t++) {
    float s = yr[t];
    int base = t * stride - pad;
    for (int j = 0; j < K; j++) {
      int at = base + j;
      if (at >= 0 && at < L) s += wk[j] * xr[at];
    }
    yr[t] = s;
  }
}

WA_EXPORT void conv1d_f32(const float *x, const float *w, const float *bias, float *y, int Cin, int L, int Cout,
                          int K, int stride, int pad, int groups, int Lout, int co0, int co1) {
  int gin = Cin / groups, gout = Cout / groups;
  /* interior: 0 <= t*stride - pad and t*stride - pad + K - 1 <= L - 1 */
  int lo = wa_min(Lout, (pad + stride - 1) / stride);
  int hi = L - K + pad >= 0 ? wa_min(Lout, (L - K + pad) / stride + 1) : 0;
  if (hi < lo) hi = lo;
  for (int co = co0; co < co1; co++) {
    float *yr = y + (size_t)co * Lout;
    float b = bias ? bias[co] : 0.0f;
    for (int t = 0; t < Lout; t++) yr[t] = b;
    const float *xg = x + (size_t)(co / gout) * gin * L;
    for (int c = 0; c < gin; c++) {
      const float *xr = xg + (size_t)c * L;
      const float *wk = w + ((size_t)co * gin + c) * K;
      edge(yr, xr, wk, L, K, stride, pad, 0, lo);
      int t = lo;
#ifdef __wasm_simd128__
      for (; t + 4 <= hi; t += 4) {
        v128_t s = wasm_v128_load(yr + t);
        int base = t * stride - pad;
        for (int j = 0; j < K; j++) s = wasm_f32x4_add(s, wasm_f32x4_mul(wasm_f32x4_splat(wk[j]), strided4(xr, base + j, stride)));
        wasm_v128_store(yr + t, s);
      }
#endif
      for (; t < hi; t++) {
        float s = yr[t];
        const float *xs = xr + t * stride - pad;
        for (int j = 0; j < K; j++) s += wk[j] * xs[j];
        yr[t] = s;
      }
      edge(yr, xr, wk, L, K, stride, pad, hi, Lout);
    }
  }
}

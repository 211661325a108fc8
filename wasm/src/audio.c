/* The ops wav2vec2's feature encoder and positional conv need besides conv1d: GroupNorm, transpose, and PyTorch's
 * weight_norm, as wgsl/groupnorm.wgsl, transpose.wgsl and weightnorm.wgsl. */
#include "common.h"

/* sum of x[0..n) and of (x - mean)^2: blocks of 128 summed in f32 (four SIMD lanes), blocks added in double. */
static double block_sum(const float *x, int n, float mean, int squares) {
  double total = 0.0;
  for (int b = 0; b < n; b += 128) {
    int e = wa_min(n, b + 128), i = b;
    float s = 0.0f;
#ifdef __wasm_simd128__
    v128_t acc = wasm_f32x4_splat(0.0f), m = wasm_f32x4_splat(mean);
    for (; i + 4 <= e; i += 4) {
      v128_t v = wasm_v128_load(x + i);
      if (squares) { v = wasm_f32x4_sub(v, m); v = wasm_f32x4_mul(v, v); }
      acc = wasm_f32x4_add(acc, v);
    }
    s = wa_hsum(acc);
#endif
    for (; i < e; i++) {
      float v = x[i];
      if (squares) { v -= mean; v *= v; }
      s += v;
    }
    total += s;
  }
  return total;
}

/* GroupNorm of x [C][L] (channels first) in G groups of C/G channels: groups [g0, g1). */
WA_EXPORT void groupnorm_f32(const float *x, const float *gamma, const float *beta, float *y, int C, int L, int G,
                             float eps, int g0, int g1) {
  int per = C / G;
  size_t span = (size_t)per * L;
  for (int g = g0; g < g1; g++) {
    const float *xg = x + g * span;
    float *yg = y + g * span;
    float mean = (float)(block_sum(xg, (int)span, 0.0f, 0) / (double)span);
    double var = block_sum(xg, (int)span, mean, 1) / (double)span;
    float inv = (float)(1.0 / __builtin_sqrt(var + eps));
    for (int c = 0; c < per; c++) {
      const float *xr = xg + (size_t)c * L;
      float *yr = yg + (size_t)c * L;
      float a = inv * gamma[g * per + c], b = beta[g * per + c];
      int t = 0;
#ifdef __wasm_simd128__
      v128_t va = wasm_f32x4_splat(a), vb = wasm_f32x4_splat(b), vm = wasm_f32x4_splat(mean);
      for (; t + 4 <= L; t += 4)
        wasm_v128_store(yr + t, wasm_f32x4_add(wasm_f32x4_mul(wasm_f32x4_sub(wasm_v128_load(xr + t), vm), va), vb));
#endif
      for (; t < L; t++) yr[t] = (xr[t] - mean) * a + b;
    }
  }
}

/* y [cols][rows] = x [rows][cols] transposed, for rows [r0, r1), in 16 x 16 blocks. */
WA_EXPORT void transpose_f32(const float *x, float *y, int rows, int cols, int r0, int r1) {
  for (int rb = r0; rb < r1; rb += 16) {
    int re = wa_min(r1, rb + 16);
    for (int cb = 0; cb < cols; cb += 16) {
      int ce = wa_min(cols, cb + 16);
      for (int c = cb; c < ce; c++)
        for (int r = rb; r < re; r++) y[(size_t)c * rows + r] = x[(size_t)r * cols + c];
    }
  }
}

/* invNorm[j] = 1 / sqrt(sum_{o,i} v[o][j][i]^2) for j in [j0, j1); v [outer][size][inner]; sums: (j1-j0) doubles. */
WA_EXPORT void weightnorm_norms_f32(const float *v, float *inv_norm, int outer, int size, int inner, int j0, int j1,
                                    double *sums) {
  int nj = j1 - j0;
  for (int j = 0; j < nj; j++) sums[j] = 0.0;
  for (int o = 0; o < outer; o++) {
    const float *row = v + ((size_t)o * size + j0) * inner;
    for (int j = 0; j < nj; j++) {
      const float *r = row + (size_t)j * inner;
      float s = 0.0f;
      for (int i = 0; i < inner; i++) s += r[i] * r[i];
      sums[j] += s;
    }
  }
  for (int j = 0; j < nj; j++) inv_norm[j0 + j] = (float)(1.0 / __builtin_sqrt(sums[j]));
}

/* w[o][j][i] = g[j] * (v[o][j][i] * invNorm[j]) for o in [o0, o1). */
WA_EXPORT void weightnorm_scale_f32(const float *g, const float *v, const float *inv_norm, float *w, int size, int inner,
                                    int o0, int o1) {
  for (int o = o0; o < o1; o++)
    for (int j = 0; j < size; j++) {
      size_t at = ((size_t)o * size + j) * inner;
      float n = inv_norm[j], gj = g[j];
      for (int i = 0; i < inner; i++) w[at + i] = gj * (v[at + i] * n);
    }
}

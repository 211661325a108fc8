/* Conv1d, kernel 3, padding 1, stride 1 or 2 (Whisper's encoder stem).
 * x [Cin][L], w [Cout][Cin][3], bias [Cout] or null, y [Cout][Lout],
 * Lout = (L - 1) / stride + 1. Computes output channels [co0, co1).
 * y[co][t] = bias + sum_ci sum_k w[co][ci][k] * x[ci][t*stride + k - 1] (zero outside). */
#include "common.h"

static inline float xat(const float *x, int L, int i) { return (i >= 0 && i < L) ? x[i] : 0.0f; }

WA_EXPORT void conv1d_k3_f32(const float *x, const float *w, const float *bias, float *y,
                             int Cin, int L, int Cout, int stride, int co0, int co1) {
  (void)Cout;
  int Lout = (L - 1) / stride + 1;
  for (int co = co0; co < co1; co++) {
    float *yr = y + (size_t)co * Lout;
    float b = bias ? bias[co] : 0.0f;
    for (int t = 0; t < Lout; t++) yr[t] = b;
    for (int ci = 0; ci < Cin; ci++) {
      const float *xr = x + (size_t)ci * L;
      const float *wk = w + ((size_t)co * Cin + ci) * 3;
      float w0 = wk[0], w1 = wk[1], w2 = wk[2];
      /* t = 0 reads x[-1]; the SIMD body covers t where all reads are in range */
      yr[0] = (yr[0] + w1 * xat(xr, L, 0)) + w2 * xat(xr, L, 1);
      int t = 1;
#ifdef __wasm_simd128__
      v128_t v0 = wasm_f32x4_splat(w0), v1 = wasm_f32x4_splat(w1), v2 = wasm_f32x4_splat(w2);
      if (stride == 1) {
        for (; t + 4 <= Lout && t + 4 < L; t += 4) {  /* reads x[t-1 .. t+4] */
          v128_t s = wasm_v128_load(yr + t);
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v0, wasm_v128_load(xr + t - 1)));
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v1, wasm_v128_load(xr + t)));
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v2, wasm_v128_load(xr + t + 1)));
          wasm_v128_store(yr + t, s);
        }
      } else {
        for (; t + 4 <= Lout && 2 * t + 8 < L; t += 4) {  /* reads x[2t-1 .. 2t+8] */
          v128_t lo = wasm_v128_load(xr + 2 * t - 1), hi = wasm_v128_load(xr + 2 * t + 3);
          v128_t lo2 = wasm_v128_load(xr + 2 * t + 1), hi2 = wasm_v128_load(xr + 2 * t + 5);
          v128_t s = wasm_v128_load(yr + t);
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v0, wasm_i32x4_shuffle(lo, hi, 0, 2, 4, 6)));
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v1, wasm_i32x4_shuffle(lo, hi, 1, 3, 5, 7)));
          s = wasm_f32x4_add(s, wasm_f32x4_mul(v2, wasm_i32x4_shuffle(lo2, hi2, 0, 2, 4, 6)));
          wasm_v128_store(yr + t, s);
        }
      }
#endif
      for (; t < Lout; t++) {
        int c = t * stride;
        yr[t] = ((yr[t] + w0 * xat(xr, L, c - 1)) + w1 * xat(xr, L, c)) + w2 * xat(xr, L, c + 1);
      }
    }
  }
}

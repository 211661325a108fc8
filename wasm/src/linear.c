/* PyTorch nn.Linear: y[r][o] = sum_k x[r][k] w[o][k] + bias[o], x [rows][in], w [out][in] (as stored in
 * safetensors), bias [out] or null, y [rows][out]. Both operands of every dot product are contiguous along k.
 * Computes the block rows [r0, r1) x outputs [o0, o1), so threads can split either dimension.
 * Outputs are walked in panels of about 256 KiB of w (kept in cache while every row of the block passes over
 * them); within a panel a 2-row x 4-output register block needs 6 loads per 8 multiply-adds (SIMD: 8 v128
 * accumulators, 4 lanes along k each). */
#include "common.h"

#define PANEL_BYTES (256 * 1024)

#ifdef __wasm_simd128__
/* y[r][o..o+3] and y[r+1][o..o+3]; the k tail beyond a multiple of 4 is added in scalar. */
static void block2x4(const float *x0, const float *x1, const float *w, int in, float *y0, float *y1) {
  const float *w0 = w, *w1 = w + in, *w2 = w + 2 * (size_t)in, *w3 = w + 3 * (size_t)in;
  v128_t a00 = wasm_f32x4_splat(0.0f), a01 = a00, a02 = a00, a03 = a00;
  v128_t a10 = a00, a11 = a00, a12 = a00, a13 = a00;
  int k = 0;
  for (; k + 4 <= in; k += 4) {
    v128_t u = wasm_v128_load(x0 + k), v = wasm_v128_load(x1 + k);
    v128_t b0 = wasm_v128_load(w0 + k), b1 = wasm_v128_load(w1 + k);
    v128_t b2 = wasm_v128_load(w2 + k), b3 = wasm_v128_load(w3 + k);
    a00 = wasm_f32x4_add(a00, wasm_f32x4_mul(u, b0)); a10 = wasm_f32x4_add(a10, wasm_f32x4_mul(v, b0));
    a01 = wasm_f32x4_add(a01, wasm_f32x4_mul(u, b1)); a11 = wasm_f32x4_add(a11, wasm_f32x4_mul(v, b1));
    a02 = wasm_f32x4_add(a02, wasm_f32x4_mul(u, b2)); a12 = wasm_f32x4_add(a12, wasm_f32x4_mul(v, b2));
    a03 = wasm_f32x4_add(a03, wasm_f32x4_mul(u, b3)); a13 = wasm_f32x4_add(a13, wasm_f32x4_mul(v, b3));
  }
  float s[8] = {wa_hsum(a00), wa_hsum(a01), wa_hsum(a02), wa_hsum(a03),
                wa_hsum(a10), wa_hsum(a11), wa_hsum(a12), wa_hsum(a13)};
  for (; k < in; k++) {
    s[0] += x0[k] * w0[k]; s[1] += x0[k] * w1[k]; s[2] += x0[k] * w2[k]; s[3] += x0[k] * w3[k];
    s[4] += x1[k] * w0[k]; s[5] += x1[k] * w1[k]; s[6] += x1[k] * w2[k]; s[7] += x1[k] * w3[k];
  }
  for (int j = 0; j < 4; j++) { y0[j] = s[j]; y1[j] = s[4 + j]; }
}
#else
static void block2x4(const float *x0, const float *x1, const float *w, int in, float *y0, float *y1) {
  float s[8] = {0};
  for (int k = 0; k < in; k++) {
    float u = x0[k], v = x1[k];
    for (int j = 0; j < 4; j++) {
      float b = w[(size_t)j * in + k];
      s[j] += u * b;
      s[4 + j] += v * b;
    }
  }
  for (int j = 0; j < 4; j++) { y0[j] = s[j]; y1[j] = s[4 + j]; }
}
#endif

WA_EXPORT void linear_f32(const float *x, const float *w, const float *bias, float *y, int rows, int in, int out,
                          int r0, int r1, int o0, int o1) {
  (void)rows;
  int panel = PANEL_BYTES / 4 / (in > 0 ? in : 1);
  panel = panel < 4 ? 4 : panel & ~3;
  for (int p0 = o0; p0 < o1; p0 += panel) {
    int p1 = wa_min(o1, p0 + panel);
    int r = r0;
    for (; r + 2 <= r1; r += 2) {
      const float *x0 = x + (size_t)r * in, *x1 = x0 + in;
      float *y0 = y + (size_t)r * out, *y1 = y0 + out;
      int o = p0;
      for (; o + 4 <= p1; o += 4) block2x4(x0, x1, w + (size_t)o * in, in, y0 + o, y1 + o);
      for (; o < p1; o++) {
        y0[o] = wa_dot(x0, w + (size_t)o * in, in);
        y1[o] = wa_dot(x1, w + (size_t)o * in, in);
      }
    }
    for (; r < r1; r++) {
      const float *xr = x + (size_t)r * in;
      float *yr = y + (size_t)r * out;
      for (int o = p0; o < p1; o++) yr[o] = wa_dot(xr, w + (size_t)o * in, in);
    }
  }
  if (bias) {
    for (int r = r0; r < r1; r++) {
      float *yr = y + (size_t)r * out;
      for (int o = o0; o < o1; o++) yr[o] += bias[o];
    }
  }
}

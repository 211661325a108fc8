/* Row softmax, layer norm (two-pass mean/variance for accuracy), RMSNorm and L2 normalisation. */
#include "wmath.h"

static float row_max(const float *x, int n) {
  float m = -WA_INF;
  int i = 0;
#ifdef __wasm_simd128__
  if (n >= 4) {
    v128_t vm = wasm_v128_load(x);
    for (i = 4; i + 4 <= n; i += 4) vm = wasm_f32x4_max(vm, wasm_v128_load(x + i));
    m = wa_fmax(wa_fmax(wasm_f32x4_extract_lane(vm, 0), wasm_f32x4_extract_lane(vm, 1)),
                        wa_fmax(wasm_f32x4_extract_lane(vm, 2), wasm_f32x4_extract_lane(vm, 3)));
  }
#endif
  for (; i < n; i++) m = wa_fmax(m, x[i]);
  return m;
}

static float row_sum(const float *x, int n) {
  float s = 0.0f;
  int i = 0;
#ifdef __wasm_simd128__
  v128_t acc = wasm_f32x4_splat(0.0f);
  for (; i + 4 <= n; i += 4) acc = wasm_f32x4_add(acc, wasm_v128_load(x + i));
  s = wa_hsum(acc);
#endif
  for (; i < n; i++) s += x[i];
  return s;
}

/* y = exp(x - max) / sum; x and y may alias. Used by attention too. */
void wa_softmax_row(const float *x, float *y, int n) {
  float m = row_max(x, n);
  if (m == -WA_INF) m = 0.0f;  /* fully masked row: exp(-inf) = 0, sum 0 -> NaN like torch */
  int i = 0;
#ifdef __wasm_simd128__
  v128_t vm = wasm_f32x4_splat(m);
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, wa_expf4(wasm_f32x4_sub(wasm_v128_load(x + i), vm)));
#endif
  for (; i < n; i++) y[i] = wa_expf(x[i] - m);
  float inv = 1.0f / row_sum(y, n);
  i = 0;
#ifdef __wasm_simd128__
  v128_t vi = wasm_f32x4_splat(inv);
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, wasm_f32x4_mul(wasm_v128_load(y + i), vi));
#endif
  for (; i < n; i++) y[i] *= inv;
}

WA_EXPORT void softmax_f32(const float *x, float *y, int rows, int cols) {
  for (int r = 0; r < rows; r++) wa_softmax_row(x + (size_t)r * cols, y + (size_t)r * cols, cols);
}

/* gamma/beta may be 0 (null): scale 1, shift 0. */
WA_EXPORT void layernorm_f32(const float *x, const float *gamma, const float *beta, float *y,
                             int rows, int cols, float eps) {
  for (int r = 0; r < rows; r++) {
    const float *px = x + (size_t)r * cols;
    float *py = y + (size_t)r * cols;
    /* Corrected two-pass (Chan, Golub & LeVeque): the first mean carries the rounding of a long f32 sum
     * (about n u |mean|, too much when |mean| >> std); sum(x - mean) in the second pass removes it. */
    float mean = row_sum(px, cols) / (float)cols;
    float var = 0.0f, dsum = 0.0f;
    int i = 0;
#ifdef __wasm_simd128__
    v128_t vmean = wasm_f32x4_splat(mean), acc = wasm_f32x4_splat(0.0f), dacc = acc;
    for (; i + 4 <= cols; i += 4) {
      v128_t d = wasm_f32x4_sub(wasm_v128_load(px + i), vmean);
      dacc = wasm_f32x4_add(dacc, d);
      acc = wasm_f32x4_add(acc, wasm_f32x4_mul(d, d));
    }
    var = wa_hsum(acc);
    dsum = wa_hsum(dacc);
#endif
    for (; i < cols; i++) { float d = px[i] - mean; dsum += d; var += d * d; }
    var = (var - dsum * dsum / (float)cols) / (float)cols;
    if (var < 0.0f) var = 0.0f;
    mean += dsum / (float)cols;
#ifdef __wasm_simd128__
    vmean = wasm_f32x4_splat(mean);
#endif
    float rstd = 1.0f / __builtin_sqrtf(var + eps);
    i = 0;
#ifdef __wasm_simd128__
    v128_t vr = wasm_f32x4_splat(rstd);
    for (; i + 4 <= cols; i += 4) {
      v128_t v = wasm_f32x4_mul(wasm_f32x4_sub(wasm_v128_load(px + i), vmean), vr);
      if (gamma) v = wasm_f32x4_mul(v, wasm_v128_load(gamma + i));
      if (beta) v = wasm_f32x4_add(v, wasm_v128_load(beta + i));
      wasm_v128_store(py + i, v);
    }
#endif
    for (; i < cols; i++) {
      float v = (px[i] - mean) * rstd;
      if (gamma) v *= gamma[i];
      if (beta) v += beta[i];
      py[i] = v;
    }
  }
}

/* RMSNorm (LLaMA) and L2 normalisation (CLIP), per row of cols values:
 *   mean != 0: y = x / sqrt(sum(x^2) / cols + eps) * gamma   (gamma may be 0: scale 1)
 *   mean == 0: y = x / sqrt(sum(x^2) + eps)
 * A zero row with eps 0 gives 0 * inf = NaN, as x / x.norm() does in PyTorch. */
WA_EXPORT void rmsnorm_f32(const float *x, const float *gamma, float *y, int rows, int cols, float eps, int mean) {
  for (int r = 0; r < rows; r++) {
    const float *px = x + (size_t)r * cols;
    float *py = y + (size_t)r * cols;
    float ss = wa_dot(px, px, cols);
    if (mean) ss /= (float)cols;
    float inv = 1.0f / __builtin_sqrtf(ss + eps);
    int i = 0;
#ifdef __wasm_simd128__
    v128_t vi = wasm_f32x4_splat(inv);
    for (; i + 4 <= cols; i += 4) {
      v128_t v = wasm_f32x4_mul(wasm_v128_load(px + i), vi);
      if (gamma) v = wasm_f32x4_mul(v, wasm_v128_load(gamma + i));
      wasm_v128_store(py + i, v);
    }
#endif
    for (; i < cols; i++) py[i] = gamma ? px[i] * inv * gamma[i] : px[i] * inv;
  }
}

/* Multi-head / grouped-query attention on Hugging Face's interleaved layout (as wgsl/mha.wgsl):
 *   q [B*Lq][H*D], k and v [B*Lk][KvH*D], out as q; query head h reads kv head h / (H / KvH).
 *   out = softmax(scale * q k^T + mask[b][j]) v per (b, h); mask null or [B][Lk] additive.
 *   causal: key j is visible to query i only when j <= i + (Lk - Lq) (the host requires Lk >= Lq).
 * Scores are clamped to >= -1e38 so that a row masked everywhere (finfo.min, -inf) averages its visible keys
 * uniformly instead of producing NaN.
 * Computes work units [u0, u1) of B*H*Lq; unit u is (b, h) = u / Lq and query row zigzag(u % Lq), so that any
 * contiguous range of units holds early and late causal rows alike. scratch holds Lk floats. */
#include "common.h"

void wa_softmax_row(const float *x, float *y, int n);

#define WA_SCORE_FLOOR (-1e38f)

static int zigzag(int t, int n) { return (t & 1) ? n - 1 - (t >> 1) : (t >> 1); }

/* o[0..D) = sum_j p[j] * v[j*stride + 0..D) */
static void weighted_rows(const float *p, const float *v, int n, int stride, int D, float *o) {
  int c = 0;
#ifdef __wasm_simd128__
  for (; c + 8 <= D; c += 8) {
    v128_t a0 = wasm_f32x4_splat(0.0f), a1 = a0;
    for (int j = 0; j < n; j++) {
      v128_t w = wasm_f32x4_splat(p[j]);
      const float *vr = v + (size_t)j * stride + c;
      a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(w, wasm_v128_load(vr)));
      a1 = wasm_f32x4_add(a1, wasm_f32x4_mul(w, wasm_v128_load(vr + 4)));
    }
    wasm_v128_store(o + c, a0);
    wasm_v128_store(o + c + 4, a1);
  }
  for (; c + 4 <= D; c += 4) {
    v128_t a0 = wasm_f32x4_splat(0.0f);
    for (int j = 0; j < n; j++)
      a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(wasm_f32x4_splat(p[j]), wasm_v128_load(v + (size_t)j * stride + c)));
    wasm_v128_store(o + c, a0);
  }
#endif
  for (int cc = c; cc < D; cc++) o[cc] = 0.0f;
  for (int j = 0; j < n && c < D; j++) {
    float w = p[j];
    const float *vr = v + (size_t)j * stride;
    for (int cc = c; cc < D; cc++) o[cc] += w * vr[cc];
  }
}

WA_EXPORT void mha_f32(const float *q, const float *k, const float *v, const float *mask, float *out,
                       int B, int Lq, int Lk, int H, int KvH, int D, int causal, float scale,
                       int u0, int u1, float *scratch) {
  (void)B;
  int qWidth = H * D, kvWidth = KvH * D, group = H / KvH;
  for (int u = u0; u < u1; u++) {
    int bh = u / Lq, b = bh / H, h = bh % H;
    int i = zigzag(u % Lq, Lq);
    int visible = causal ? wa_min(Lk, i + (Lk - Lq) + 1) : Lk;
    const float *qi = q + (size_t)(b * Lq + i) * qWidth + (size_t)h * D;
    const float *kb = k + (size_t)b * Lk * kvWidth + (size_t)(h / group) * D;
    const float *vb = v + (size_t)b * Lk * kvWidth + (size_t)(h / group) * D;
    const float *mb = mask ? mask + (size_t)b * Lk : 0;
    for (int j = 0; j < visible; j++) {
      float s = scale * wa_dot(qi, kb + (size_t)j * kvWidth, D);
      if (mb) s += mb[j];
      scratch[j] = wa_fmax(s, WA_SCORE_FLOOR);
    }
    wa_softmax_row(scratch, scratch, visible);
    weighted_rows(scratch, vb, visible, kvWidth, D, out + (size_t)(b * Lq + i) * qWidth + (size_t)h * D);
  }
}

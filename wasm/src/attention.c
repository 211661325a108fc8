/* Scaled dot-product attention, one head per slice:
 *   out[h][i][:] = softmax_j(scale * q[h][i].k[h][j] + mask[i][j]) . v[h][j][:]
 * q [H][Lq][d], k [H][Lk][d], v [H][Lk][dv], out [H][Lq][dv]; mask additive, null,
 * [Lq][Lk] shared by all heads (mask_per_head 0) or [H][Lq][Lk] (1).
 * Computes flattened query rows [r0, r1) of H*Lq; scratch holds Lk floats per thread. */
#include "common.h"

void wa_softmax_row(const float *x, float *y, int n);

WA_EXPORT void attention_f32(const float *q, const float *k, const float *v, const float *mask, float *out,
                             int H, int Lq, int Lk, int d, int dv, float scale, int mask_per_head,
                             int r0, int r1, float *scratch) {
  (void)H;
  for (int r = r0; r < r1; r++) {
    int h = r / Lq, i = r % Lq;
    const float *qi = q + (size_t)r * d;
    const float *kh = k + (size_t)h * Lk * d;
    const float *vh = v + (size_t)h * Lk * dv;
    const float *mi = mask ? mask + ((size_t)(mask_per_head ? h : 0) * Lq + i) * Lk : 0;
    for (int j = 0; j < Lk; j++) {
      float s = scale * wa_dot(qi, kh + (size_t)j * d, d);
      scratch[j] = mi ? s + mi[j] : s;
    }
    wa_softmax_row(scratch, scratch, Lk);
    float *o = out + (size_t)r * dv;
    int c = 0;
#ifdef __wasm_simd128__
    for (; c + 8 <= dv; c += 8) {
      v128_t a0 = wasm_f32x4_splat(0.0f), a1 = a0;
      for (int j = 0; j < Lk; j++) {
        v128_t p = wasm_f32x4_splat(scratch[j]);
        const float *vr = vh + (size_t)j * dv + c;
        a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(p, wasm_v128_load(vr)));
        a1 = wasm_f32x4_add(a1, wasm_f32x4_mul(p, wasm_v128_load(vr + 4)));
      }
      wasm_v128_store(o + c, a0); wasm_v128_store(o + c + 4, a1);
    }
    for (; c + 4 <= dv; c += 4) {
      v128_t a0 = wasm_f32x4_splat(0.0f);
      for (int j = 0; j < Lk; j++)
        a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(wasm_f32x4_splat(scratch[j]), wasm_v128_load(vh + (size_t)j * dv + c)));
      wasm_v128_store(o + c, a0);
    }
#endif
    for (int cc = c; cc < dv; cc++) o[cc] = 0.0f;
    for (int j = 0; j < Lk && c < dv; j++) {
      float p = scratch[j];
      const float *vr = vh + (size_t)j * dv;
      for (int cc = c; cc < dv; cc++) o[cc] += p * vr[cc];
    }
  }
}

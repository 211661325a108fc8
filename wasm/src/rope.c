/* Rotary position embedding as Hugging Face LLaMA applies it (rotate_half), as wgsl/rope.wgsl:
 *   x and out [rows][H*D]; row r has position p = r % seq; per head, for i < D/2 with a = p * inv_freq[i] (f32):
 *   out[i] = x[i] cos a - x[i+D/2] sin a,  out[i+D/2] = x[i+D/2] cos a + x[i] sin a.
 * inv_freq [D/2] comes from the host (computed in f32 as HF does). Computes rows [r0, r1); scratch holds D floats
 * (the row's cosines, then its sines, shared by every head). */
#include "common.h"
#include "wmath.h"

WA_EXPORT void rope_f32(const float *x, const float *inv_freq, float *out, int seq, int H, int D,
                        int r0, int r1, float *scratch) {
  int half = D / 2, width = H * D;
  float *cs = scratch, *sn = scratch + half;
  for (int r = r0; r < r1; r++) {
    float p = (float)(r % seq);
    for (int i = 0; i < half; i++) wa_sincosf(p * inv_freq[i], cs + i, sn + i);
    for (int h = 0; h < H; h++) {
      const float *x1 = x + (size_t)r * width + (size_t)h * D, *x2 = x1 + half;
      float *o1 = out + (size_t)r * width + (size_t)h * D, *o2 = o1 + half;
      int i = 0;
#ifdef __wasm_simd128__
      for (; i + 4 <= half; i += 4) {
        v128_t a = wasm_v128_load(x1 + i), b = wasm_v128_load(x2 + i);
        v128_t c = wasm_v128_load(cs + i), s = wasm_v128_load(sn + i);
        wasm_v128_store(o1 + i, wasm_f32x4_sub(wasm_f32x4_mul(a, c), wasm_f32x4_mul(b, s)));
        wasm_v128_store(o2 + i, wasm_f32x4_add(wasm_f32x4_mul(b, c), wasm_f32x4_mul(a, s)));
      }
#endif
      for (; i < half; i++) {
        float a = x1[i], b = x2[i];
        o1[i] = a * cs[i] - b * sn[i];
        o2[i] = b * cs[i] + a * sn[i];
      }
    }
  }
}

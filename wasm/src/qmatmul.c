/* Y[M][N] = X[M][K] * dequant(W)^T for bit-packed W[N][K] (N output channels).
 * Packing (the contract shared with qmatmul.wgsl and Java WeightPacker, see docs/KERNELS.md):
 * a u32 word holds per = floor(32/bits) codes (8 bit: 4, 4 bit: 8, 3 bit: 10 with bits 30-31
 * unused, 2 bit: 16); code k of a row is in word k/per at bit offset (k%per)*bits, least
 * significant first; no code straddles a word; each row starts on a fresh word, words per
 * row = ceil(K/per). Scales: f32 [N][G] with G = ceil(K/group) (group == K: per channel).
 * zeros: null for symmetric (zero point 2^(bits-1)) or f32 [N][G].
 * dequant = ((float)q - zp) * scale. Computes output channels [n0, n1); scratch holds 4*K
 * floats and is per thread. */
#include "common.h"

static void dequant_row(const uint32_t *w, const float *scales, const float *zeros, int K,
                        int bits, int group, float *out) {
  uint32_t mask = (1u << bits) - 1u;
  float sym_zp = (float)(1u << (bits - 1));
  int per = 32 / bits;
  for (int g0 = 0, gi = 0; g0 < K; g0 += group, gi++) {
    int g1 = wa_min(K, g0 + group);
    float s = scales[gi], z = zeros ? zeros[gi] : sym_zp;
    int i = g0;
    for (; i < g1 && (i % per); i++) out[i] = ((float)((w[i / per] >> ((i % per) * bits)) & mask) - z) * s;
    for (; i + per <= g1; i += per) {
      uint32_t word = w[i / per];
      for (int t = 0; t < per; t++, word >>= bits) out[i + t] = ((float)(word & mask) - z) * s;
    }
    for (; i < g1; i++) out[i] = ((float)((w[i / per] >> ((i % per) * bits)) & mask) - z) * s;
  }
}

WA_EXPORT void qmatmul_f32(const float *X, const uint32_t *Wq, const float *scales, const float *zeros,
                           float *Y, int M, int N, int K, int bits, int group, int n0, int n1, float *scratch) {
  if (group <= 0 || group > K) group = K;
  int per = 32 / bits, wpr = (K + per - 1) / per;
  int ng = (K + group - 1) / group;
  for (int n = n0; n < n1; n += 4) {
    int nb = wa_min(4, n1 - n);
    for (int r = 0; r < nb; r++)
      dequant_row(Wq + (size_t)(n + r) * wpr, scales + (size_t)(n + r) * ng,
                  zeros ? zeros + (size_t)(n + r) * ng : 0, K, bits, group, scratch + (size_t)r * K);
    for (int m = 0; m < M; m++) {
      const float *x = X + (size_t)m * K;
      float *y = Y + (size_t)m * N + n;
      if (nb == 4) {
#ifdef __wasm_simd128__
        /* four dot products sharing each load of x */
        const float *w0 = scratch, *w1 = scratch + K, *w2 = scratch + 2 * K, *w3 = scratch + 3 * K;
        v128_t a0 = wasm_f32x4_splat(0.0f), a1 = a0, a2 = a0, a3 = a0;
        int k = 0;
        for (; k + 4 <= K; k += 4) {
          v128_t xv = wasm_v128_load(x + k);
          a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(xv, wasm_v128_load(w0 + k)));
          a1 = wasm_f32x4_add(a1, wasm_f32x4_mul(xv, wasm_v128_load(w1 + k)));
          a2 = wasm_f32x4_add(a2, wasm_f32x4_mul(xv, wasm_v128_load(w2 + k)));
          a3 = wasm_f32x4_add(a3, wasm_f32x4_mul(xv, wasm_v128_load(w3 + k)));
        }
        float s0 = wa_hsum(a0), s1 = wa_hsum(a1), s2 = wa_hsum(a2), s3 = wa_hsum(a3);
        for (; k < K; k++) { s0 += x[k] * w0[k]; s1 += x[k] * w1[k]; s2 += x[k] * w2[k]; s3 += x[k] * w3[k]; }
        y[0] = s0; y[1] = s1; y[2] = s2; y[3] = s3;
        continue;
#endif
      }
      for (int r = 0; r < nb; r++) y[r] = wa_dot(x, scratch + (size_t)r * K, K);
    }
  }
}

/* Elementwise ops: GELU (tanh approximation), SiLU, tanh, add/mul with trailing broadcast. */
#include "wmath.h"

#define GELU_C 0.7978845608028654f  /* sqrt(2/pi) */
#define GELU_A 0.044715f

/* 0.5 x (1 + tanh(u)) == x * sigmoid(2u): same function, but no cancellation for x << 0. */
static inline float gelu1(float x) {
  float u = GELU_C * (x + GELU_A * x * x * x);
  return x * wa_sigmoidf(2.0f * u);
}

WA_EXPORT void gelu_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) {
    v128_t v = wasm_v128_load(x + i);
    v128_t u = wasm_f32x4_mul(wasm_f32x4_splat(GELU_C),
               wasm_f32x4_add(v, wasm_f32x4_mul(wasm_f32x4_mul(wasm_f32x4_mul(wasm_f32x4_splat(GELU_A), v), v), v)));
    wasm_v128_store(y + i, wasm_f32x4_mul(v, wa_sigmoid4(wasm_f32x4_mul(wasm_f32x4_splat(2.0f), u))));
  }
#endif
  for (; i < n; i++) y[i] = gelu1(x[i]);
}

WA_EXPORT void silu_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) {
    v128_t v = wasm_v128_load(x + i);
    wasm_v128_store(y + i, wasm_f32x4_mul(v, wa_sigmoid4(v)));
  }
#endif
  for (; i < n; i++) y[i] = x[i] * wa_sigmoidf(x[i]);
}

WA_EXPORT void tanh_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, wa_tanhf4(wasm_v128_load(x + i)));
#endif
  for (; i < n; i++) y[i] = wa_tanhf(x[i]);
}

/* Exact (erf) GELU 0.5 x (1 + erf(x / sqrt 2)), PyTorch's default and Whisper's conv stem.
 * erf by Abramowitz & Stegun 7.1.26 (|error| <= 1.5e-7), the same approximation as conv1d.wgsl,
 * so the absolute error of the result is at most about 0.75e-7 |x| plus rounding. */
static inline float gelu_erf1(float x) {
  float z = x * 0.7071067811865476f, a = z < 0.0f ? -z : z;
  float t = 1.0f / (1.0f + 0.3275911f * a);
  float poly = t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f + t * 1.061405429f))));
  float e = 1.0f - poly * wa_expf(-a * a);
  return 0.5f * x * (1.0f + (z < 0.0f ? -e : e));
}

WA_EXPORT void gelu_erf_f32(const float *x, float *y, int n) {
  for (int i = 0; i < n; i++) y[i] = gelu_erf1(x[i]);
}

/* y = a op b where b has nb elements repeated along a (nb divides n; nb == n is plain). */
#define BINARY(NAME, OP, VOP)                                                   \
  WA_EXPORT void NAME(const float *a, const float *b, float *y, int n, int nb) { \
    for (int base = 0; base < n; base += nb) {                                  \
      const float *pa = a + base; float *py = y + base;                        \
      int i = 0;                                                                \
      VLOOP(VOP)                                                                \
      for (; i < nb; i++) py[i] = pa[i] OP b[i];                                \
    }                                                                           \
  }
#ifdef __wasm_simd128__
#define VLOOP(VOP) for (; i + 4 <= nb; i += 4) \
  wasm_v128_store(py + i, VOP(wasm_v128_load(pa + i), wasm_v128_load(b + i)));
#else
#define VLOOP(VOP)
#endif
BINARY(add_f32, +, wasm_f32x4_add)
BINARY(mul_f32, *, wasm_f32x4_mul)

/* Exposed for the accuracy sweeps in wasm/test. */
WA_EXPORT void exp_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, wa_expf4(wasm_v128_load(x + i)));
#endif
  for (; i < n; i++) y[i] = wa_expf(x[i]);
}
WA_EXPORT void log_f32(const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = wa_logf(x[i]); }
WA_EXPORT void log10_f32(const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = wa_log10f(x[i]); }

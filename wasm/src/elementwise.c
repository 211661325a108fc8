/* Elementwise ops: GELU (tanh approximation and exact erf), QuickGELU, SiLU, tanh, exp, add/mul with trailing broadcast. */
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

/* Exact (erf) GELU 0.5 x (1 + erf(x / sqrt 2)), PyTorch's default (BERT, ViT, Whisper, Wav2Vec2), as
 * elementwise.wgsl computes it. With z = x / sqrt 2:
 *   |z| < 0.5: erf(z) by its Maclaurin series through z^15 (truncation < 5e-10);
 *   |z| >= 0.5: erfc(|z|) = t exp(-z^2 + P(t)), t = 1 / (1 + |z|/2), P the degree-9 Chebyshev fit of Numerical
 *   Recipes' erfcc (Press et al., 2nd ed., 6.2; fractional error < 1.2e-7), and 1 + erf(z) = 2 - erfc(z) for
 *   z > 0, erfc(|z|) for z < 0 (no cancellation on the negative side).
 * The erf error in f32 is <= 1.7e-7 absolute (measured; Abramowitz & Stegun 7.1.26, as conv1d.wgsl, gives
 * 4.6e-7 in f32), so the GELU error is <= 0.85e-7 |x| plus the rounding of y. */
#define SERIES_END 0.5f
#define E0 1.128379226f
#define E1 -0.3761263788f
#define E2 0.1128379181f
#define E3 -0.02686617151f
#define E4 0.005223977845f
#define E5 -0.0008548327023f
#define E6 0.0001205533263f
#define E7 -0.00001492565025f
#define C0 -1.26551223f
#define C1 1.00002368f
#define C2 0.37409196f
#define C3 0.09678418f
#define C4 -0.18628806f
#define C5 0.27886807f
#define C6 -1.13520398f
#define C7 1.48851587f
#define C8 -0.82215223f
#define C9 0.17087277f

static inline float gelu_erf1(float x) {
  float z = x * 0.7071067811865476f, a = z < 0.0f ? -z : z, half = 0.5f * x;
  if (a < SERIES_END) {
    float q = z * z;
    float erf = z * (E0 + q * (E1 + q * (E2 + q * (E3 + q * (E4 + q * (E5 + q * (E6 + q * E7)))))));
    return half * (1.0f + erf);
  }
  float t = 1.0f / (1.0f + 0.5f * a);
  float p = C0 + t * (C1 + t * (C2 + t * (C3 + t * (C4 + t * (C5 + t * (C6 + t * (C7 + t * (C8 + t * C9))))))));
  float erfc = t * wa_expf(p - a * a);
  return z < 0.0f ? half * erfc : half * (2.0f - erfc);
}

#ifdef __wasm_simd128__
/* c + v * p, lane-wise: one Horner step. */
static inline v128_t horner4(float c, v128_t v, v128_t p) {
  return wasm_f32x4_add(wasm_f32x4_splat(c), wasm_f32x4_mul(v, p));
}

static inline v128_t gelu_erf4(v128_t x) {
  v128_t z = wasm_f32x4_mul(x, wasm_f32x4_splat(0.7071067811865476f)), a = wasm_f32x4_abs(z);
  v128_t half = wasm_f32x4_mul(wasm_f32x4_splat(0.5f), x);
  v128_t q = wasm_f32x4_mul(z, z);
  v128_t e = horner4(E6, q, wasm_f32x4_splat(E7));
  e = horner4(E5, q, e); e = horner4(E4, q, e); e = horner4(E3, q, e);
  e = horner4(E2, q, e); e = horner4(E1, q, e); e = horner4(E0, q, e);
  v128_t series = wasm_f32x4_mul(half, wasm_f32x4_add(wasm_f32x4_splat(1.0f), wasm_f32x4_mul(z, e)));
  v128_t t = wasm_f32x4_div(wasm_f32x4_splat(1.0f), wasm_f32x4_add(wasm_f32x4_splat(1.0f), wasm_f32x4_mul(wasm_f32x4_splat(0.5f), a)));
  v128_t p = horner4(C8, t, wasm_f32x4_splat(C9));
  p = horner4(C7, t, p); p = horner4(C6, t, p); p = horner4(C5, t, p); p = horner4(C4, t, p);
  p = horner4(C3, t, p); p = horner4(C2, t, p); p = horner4(C1, t, p); p = horner4(C0, t, p);
  v128_t erfc = wasm_f32x4_mul(t, wa_expf4(wasm_f32x4_sub(p, wasm_f32x4_mul(a, a))));
  v128_t tail = wasm_v128_bitselect(wasm_f32x4_mul(half, erfc),
                                    wasm_f32x4_mul(half, wasm_f32x4_sub(wasm_f32x4_splat(2.0f), erfc)),
                                    wasm_f32x4_lt(z, wasm_f32x4_splat(0.0f)));
  return wasm_v128_bitselect(series, tail, wasm_f32x4_lt(a, wasm_f32x4_splat(SERIES_END)));
}
#endif

WA_EXPORT void gelu_erf_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, gelu_erf4(wasm_v128_load(x + i)));
#endif
  for (; i < n; i++) y[i] = gelu_erf1(x[i]);
}

/* QuickGELU x sigmoid(1.702 x) (CLIP). */
WA_EXPORT void quick_gelu_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) {
    v128_t v = wasm_v128_load(x + i);
    wasm_v128_store(y + i, wasm_f32x4_mul(v, wa_sigmoid4(wasm_f32x4_mul(wasm_f32x4_splat(1.702f), v))));
  }
#endif
  for (; i < n; i++) y[i] = x[i] * wa_sigmoidf(1.702f * x[i]);
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

/* exp (also used by the accuracy sweeps in wasm/test). */
WA_EXPORT void exp_f32(const float *x, float *y, int n) {
  int i = 0;
#ifdef __wasm_simd128__
  for (; i + 4 <= n; i += 4) wasm_v128_store(y + i, wa_expf4(wasm_v128_load(x + i)));
#endif
  for (; i < n; i++) y[i] = wa_expf(x[i]);
}
WA_EXPORT void log_f32(const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = wa_logf(x[i]); }
WA_EXPORT void log10_f32(const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = wa_log10f(x[i]); }

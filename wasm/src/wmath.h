/* Float math without libc. Accuracy (max error vs float64, measured by
 * wasm/test/run-tests.mjs over dense sweeps; see wasm/README.md):
 *   wa_expf    Cody-Waite reduction by ln2, degree-7 Taylor on |r| <= ln2/2, 2^n applied
 *              in two steps so subnormal results and x near ln(FLT_MAX) are right.  <= 2 ulp
 *   wa_expm1f  expm1 via the same reduction; no cancellation near 0.                  <= 2 ulp
 *   wa_tanhf   -expm1(-2|x|) / (2 + expm1(-2|x|)), keeps relative accuracy near 0.     <= 3 ulp
 *   wa_logf / wa_log10f  exponent split, m in [sqrt(.5), sqrt(2)), 2*atanh series.     <= 2 ulp
 *   sqrt       __builtin_sqrtf -> f32.sqrt (correctly rounded).
 *   wa_sincosf Cody-Waite reduction by pi/2 in three parts (n * hi exact for |x| < 1e5), Cephes minimax
 *              polynomials on |r| <= pi/4; the same sequence as wgsl/rope.wgsl's cosSin. Checked through
 *              rope (web-assets/test/rope-wasm.test.mjs): outputs within 2e-7 of float64 for |x| <= 1 and
 *              angles up to 4095.
 * The v128 variants run the same operation sequence lane-wise and give identical results. */
#ifndef WA_WMATH_H
#define WA_WMATH_H

#include "common.h"

#define WA_INF (__builtin_inff())
#define WA_LOG2E 1.44269504088896341f
#define WA_LN2_HI 0.693145751953125f          /* 16 low mantissa bits zero: n*hi is exact */
#define WA_LN2_LO 1.42860682030941723212e-6f
#define WA_EXP_HI 88.72283935546875f          /* above: overflow to inf */
#define WA_EXP_LO -103.972084045410f          /* below: underflows to 0 */

static inline float wa_poly_exp(float r) {   /* e^r, |r| <= 0.347 */
  return 1.0f + r * (1.0f + r * (0.5f + r * (1.0f / 6 + r * (1.0f / 24 + r * (1.0f / 120 +
         r * (1.0f / 720 + r * (1.0f / 5040)))))));
}
static inline float wa_poly_expm1(float r) { /* e^r - 1, |r| <= 0.347 */
  return r + r * r * (0.5f + r * (1.0f / 6 + r * (1.0f / 24 + r * (1.0f / 120 + r * (1.0f / 720 +
         r * (1.0f / 5040 + r * (1.0f / 40320)))))));
}

static inline float wa_expf(float x) {
  if (x != x) return x;
  if (x > WA_EXP_HI) return WA_INF;
  if (x < WA_EXP_LO) return 0.0f;
  float n = __builtin_rintf(x * WA_LOG2E);
  float r = (x - n * WA_LN2_HI) - n * WA_LN2_LO;
  int ni = (int)n, n1 = ni >> 1, n2 = ni - n1;  /* n in [-150,128]: each half is a normal 2^k */
  return wa_poly_exp(r) * wa_asfloat((uint32_t)(n1 + 127) << 23) * wa_asfloat((uint32_t)(n2 + 127) << 23);
}

static inline float wa_expm1f(float x) {
  if (x != x) return x;
  if (__builtin_fabsf(x) < 0.34657359f) return wa_poly_expm1(x);
  if (x < -88.0f) return -1.0f;
  if (x > WA_EXP_HI) return WA_INF;
  float n = __builtin_rintf(x * WA_LOG2E);
  float r = (x - n * WA_LN2_HI) - n * WA_LN2_LO;
  int ni = (int)n;
  if (ni > 127) return wa_expf(x) - 1.0f;
  float s = wa_asfloat((uint32_t)(ni + 127) << 23);
  return s * wa_poly_expm1(r) + (s - 1.0f);
}

static inline float wa_tanhf(float x) {
  if (x != x) return x;
  float a = __builtin_fabsf(x), t;
  if (a > 9.0f) t = 1.0f;  /* tanh(9) = 1 - 3e-8 rounds to 1 */
  else { float e = wa_expm1f(-2.0f * a); t = -e / (2.0f + e); }
  return __builtin_copysignf(t, x);
}

/* 1 / (1 + e^-x) with x*sigmoid(x) forms keeping relative accuracy for large |x|. */
static inline float wa_sigmoidf(float x) { return 1.0f / (1.0f + wa_expf(-x)); }

/* Reduces x > 0 (finite) to x = 2^k * m, m in [sqrt(.5), sqrt(2)); returns log(m). */
static inline float wa_log_reduce(float x, int *k) {
  uint32_t ix = wa_asuint(x);
  int e = 0;
  if (ix < 0x00800000u) { x *= 8388608.0f; ix = wa_asuint(x); e = -23; }  /* subnormal */
  ix += 0x3f800000u - 0x3f3504f3u;
  e += (int)(ix >> 23) - 127;
  ix = (ix & 0x007fffffu) + 0x3f3504f3u;
  float f = wa_asfloat(ix) - 1.0f;  /* exact */
  float s = f / (2.0f + f), z = s * s;
  *k = e;
  /* log(m) = 2 atanh(s) = 2s + 2s (z/3 + z^2/5 + z^3/7 + z^4/9); |s| <= 0.1716 */
  return 2.0f * s + 2.0f * s * (z * (1.0f / 3 + z * (1.0f / 5 + z * (1.0f / 7 + z * (1.0f / 9)))));
}

static inline float wa_logf(float x) {
  if (x != x || x == WA_INF) return x;
  if (x < 0.0f) return __builtin_nanf("");
  if (x == 0.0f) return -WA_INF;
  int k;
  float lm = wa_log_reduce(x, &k);
  return (float)k * WA_LN2_HI + (lm + (float)k * WA_LN2_LO);
}

static inline float wa_log10f(float x) {
  if (x != x || x == WA_INF) return x;
  if (x < 0.0f) return __builtin_nanf("");
  if (x == 0.0f) return -WA_INF;
  int k;
  float lm = wa_log_reduce(x, &k);
  /* log10(2) split as in fdlibm: hi has enough trailing zeros for k*hi to be exact */
  return (float)k * 3.0102920532e-01f + ((float)k * 7.9034151668e-07f + lm * 4.3429448190e-01f);
}

#define WA_PIO2_1 1.5703125f                 /* 8 significant bits: n * WA_PIO2_1 exact for |n| < 2^16 */
#define WA_PIO2_2 4.8351287841796875e-4f      /* 8 significant bits */
#define WA_PIO2_3 3.1391647326e-7f            /* pi/2 - WA_PIO2_1 - WA_PIO2_2, rounded */
#define WA_2_PI 0.636619772367581343f

/* cos(x) into *c and sin(x) into *s for finite x. */
static inline void wa_sincosf(float x, float *c, float *s) {
  float n = __builtin_rintf(x * WA_2_PI);
  float r = ((x - n * WA_PIO2_1) - n * WA_PIO2_2) - n * WA_PIO2_3;
  float z = r * r;
  float sr = r + r * z * (-1.6666654611e-1f + z * (8.3321608736e-3f + z * -1.9515295891e-4f));
  float cr = 1.0f - 0.5f * z + z * z * (4.166664568298827e-2f + z * (-1.388731625493765e-3f + z * 2.443315711809948e-5f));
  switch ((int)n & 3) {
    case 0: *c = cr; *s = sr; break;
    case 1: *c = -sr; *s = cr; break;
    case 2: *c = -cr; *s = -sr; break;
    default: *c = sr; *s = -cr; break;
  }
}

#ifdef __wasm_simd128__
static inline v128_t wa_poly_exp4(v128_t r) {
  v128_t p = wasm_f32x4_splat(1.0f / 5040);
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 720), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 120), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 24), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 6), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(0.5f), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f), wasm_f32x4_mul(r, p));
  return wasm_f32x4_add(wasm_f32x4_splat(1.0f), wasm_f32x4_mul(r, p));
}
static inline v128_t wa_poly_expm1_4(v128_t r) {
  v128_t p = wasm_f32x4_splat(1.0f / 40320);
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 5040), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 720), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 120), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 24), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(1.0f / 6), wasm_f32x4_mul(r, p));
  p = wasm_f32x4_add(wasm_f32x4_splat(0.5f), wasm_f32x4_mul(r, p));
  return wasm_f32x4_add(r, wasm_f32x4_mul(wasm_f32x4_mul(r, r), p));
}
static inline v128_t wa_pow2i4(v128_t ni) {
  return wasm_i32x4_shl(wasm_i32x4_add(ni, wasm_i32x4_splat(127)), 23);
}

static inline v128_t wa_expf4(v128_t x0) {
  v128_t x = wasm_f32x4_max(wasm_f32x4_min(x0, wasm_f32x4_splat(WA_EXP_HI)), wasm_f32x4_splat(WA_EXP_LO));
  v128_t n = wasm_f32x4_nearest(wasm_f32x4_mul(x, wasm_f32x4_splat(WA_LOG2E)));
  v128_t r = wasm_f32x4_sub(wasm_f32x4_sub(x, wasm_f32x4_mul(n, wasm_f32x4_splat(WA_LN2_HI))),
                            wasm_f32x4_mul(n, wasm_f32x4_splat(WA_LN2_LO)));
  v128_t ni = wasm_i32x4_trunc_sat_f32x4(n);
  v128_t n1 = wasm_i32x4_shr(ni, 1), n2 = wasm_i32x4_sub(ni, n1);
  v128_t y = wasm_f32x4_mul(wasm_f32x4_mul(wa_poly_exp4(r), wa_pow2i4(n1)), wa_pow2i4(n2));
  y = wasm_v128_bitselect(wasm_f32x4_splat(WA_INF), y, wasm_f32x4_gt(x0, wasm_f32x4_splat(WA_EXP_HI)));
  return wasm_v128_bitselect(wasm_f32x4_splat(0.0f), y, wasm_f32x4_lt(x0, wasm_f32x4_splat(WA_EXP_LO)));
}

/* expm1 for x in [-18.1, 0] (what tanh needs). */
static inline v128_t wa_expm1_neg4(v128_t x) {
  v128_t n = wasm_f32x4_nearest(wasm_f32x4_mul(x, wasm_f32x4_splat(WA_LOG2E)));
  v128_t r = wasm_f32x4_sub(wasm_f32x4_sub(x, wasm_f32x4_mul(n, wasm_f32x4_splat(WA_LN2_HI))),
                            wasm_f32x4_mul(n, wasm_f32x4_splat(WA_LN2_LO)));
  v128_t s = wa_pow2i4(wasm_i32x4_trunc_sat_f32x4(n));
  v128_t big = wasm_f32x4_add(wasm_f32x4_mul(s, wa_poly_expm1_4(r)), wasm_f32x4_sub(s, wasm_f32x4_splat(1.0f)));
  v128_t small = wa_poly_expm1_4(x);
  return wasm_v128_bitselect(small, big, wasm_f32x4_lt(wasm_f32x4_abs(x), wasm_f32x4_splat(0.34657359f)));
}

static inline v128_t wa_tanhf4(v128_t x) {
  v128_t a = wasm_f32x4_abs(x);
  v128_t e = wa_expm1_neg4(wasm_f32x4_mul(wasm_f32x4_splat(-2.0f), wasm_f32x4_min(a, wasm_f32x4_splat(9.0f))));
  v128_t t = wasm_f32x4_div(wasm_f32x4_neg(e), wasm_f32x4_add(wasm_f32x4_splat(2.0f), e));
  t = wasm_v128_bitselect(wasm_f32x4_splat(1.0f), t, wasm_f32x4_gt(a, wasm_f32x4_splat(9.0f)));
  v128_t sign = wasm_i32x4_splat((int32_t)0x80000000);
  t = wasm_v128_or(wasm_f32x4_abs(t), wasm_v128_and(x, sign));  /* copysign */
  return wasm_v128_bitselect(x, t, wasm_f32x4_ne(x, x));  /* NaN passes through */
}

static inline v128_t wa_sigmoid4(v128_t x) {
  return wasm_f32x4_div(wasm_f32x4_splat(1.0f), wasm_f32x4_add(wasm_f32x4_splat(1.0f), wa_expf4(wasm_f32x4_neg(x))));
}
#endif

#endif

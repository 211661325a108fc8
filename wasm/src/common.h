/* Shared definitions for the webaccel WASM kernels (no libc). */
#ifndef WA_COMMON_H
#define WA_COMMON_H

#include <stdint.h>
#include <stddef.h>
#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

/* Exported entry points; everything else is built with -fvisibility=hidden. */
#define WA_EXPORT __attribute__((visibility("default")))

static inline int wa_min(int a, int b) { return a < b ? a : b; }
static inline int wa_max(int a, int b) { return a > b ? a : b; }

/* f32.max: propagates NaN (unlike C fmaxf, which would need libm). */
static inline float wa_fmax(float a, float b) { return __builtin_wasm_max_f32(a, b); }

static inline float wa_asfloat(uint32_t u) { union { uint32_t u; float f; } v = { u }; return v.f; }
static inline uint32_t wa_asuint(float f) { union { float f; uint32_t u; } v = { f }; return v.u; }

#ifdef __wasm_simd128__
static inline float wa_hsum(v128_t v) {
  return wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1) +
         wasm_f32x4_extract_lane(v, 2) + wasm_f32x4_extract_lane(v, 3);
}
#endif

/* Dot product of two float vectors (SIMD in 4 independent lanes + scalar tail). */
static inline float wa_dot(const float *a, const float *b, int n) {
  int i = 0;
  float s = 0.0f;
#ifdef __wasm_simd128__
  v128_t acc0 = wasm_f32x4_splat(0.0f), acc1 = acc0;
  for (; i + 8 <= n; i += 8) {
    acc0 = wasm_f32x4_add(acc0, wasm_f32x4_mul(wasm_v128_load(a + i), wasm_v128_load(b + i)));
    acc1 = wasm_f32x4_add(acc1, wasm_f32x4_mul(wasm_v128_load(a + i + 4), wasm_v128_load(b + i + 4)));
  }
  for (; i + 4 <= n; i += 4)
    acc0 = wasm_f32x4_add(acc0, wasm_f32x4_mul(wasm_v128_load(a + i), wasm_v128_load(b + i)));
  s = wa_hsum(wasm_f32x4_add(acc0, acc1));
#else
  float s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
  for (; i + 4 <= n; i += 4) {
    s += a[i] * b[i]; s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2]; s3 += a[i + 3] * b[i + 3];
  }
  s = (s + s1) + (s2 + s3);
#endif
  for (; i < n; i++) s += a[i] * b[i];
  return s;
}

#endif

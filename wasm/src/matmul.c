/* C[M][N] = A[M][K] * B[K][N], row-major f32. Computes rows [r0, r1) only so that
 * several workers can share one call. SIMD: 4x8 register block (8 v128 accumulators,
 * fits the 16 xmm registers V8 maps v128 onto); B is walked in 8-column panels that
 * stay in cache across the row blocks. Accumulation is f32 in k order per lane. */
#include "common.h"

#ifdef __wasm_simd128__
static void block4x8(const float *A, const float *B, float *C, int N, int K) {
  v128_t c00 = wasm_f32x4_splat(0.0f), c01 = c00, c10 = c00, c11 = c00,
         c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const float *a0 = A, *a1 = A + K, *a2 = A + 2 * K, *a3 = A + 3 * K;
  for (int k = 0; k < K; k++) {
    v128_t b0 = wasm_v128_load(B + (size_t)k * N), b1 = wasm_v128_load(B + (size_t)k * N + 4);
    v128_t x = wasm_f32x4_splat(a0[k]);
    c00 = wasm_f32x4_add(c00, wasm_f32x4_mul(x, b0)); c01 = wasm_f32x4_add(c01, wasm_f32x4_mul(x, b1));
    x = wasm_f32x4_splat(a1[k]);
    c10 = wasm_f32x4_add(c10, wasm_f32x4_mul(x, b0)); c11 = wasm_f32x4_add(c11, wasm_f32x4_mul(x, b1));
    x = wasm_f32x4_splat(a2[k]);
    c20 = wasm_f32x4_add(c20, wasm_f32x4_mul(x, b0)); c21 = wasm_f32x4_add(c21, wasm_f32x4_mul(x, b1));
    x = wasm_f32x4_splat(a3[k]);
    c30 = wasm_f32x4_add(c30, wasm_f32x4_mul(x, b0)); c31 = wasm_f32x4_add(c31, wasm_f32x4_mul(x, b1));
  }
  wasm_v128_store(C, c00); wasm_v128_store(C + 4, c01);
  wasm_v128_store(C + N, c10); wasm_v128_store(C + N + 4, c11);
  wasm_v128_store(C + 2 * N, c20); wasm_v128_store(C + 2 * N + 4, c21);
  wasm_v128_store(C + 3 * N, c30); wasm_v128_store(C + 3 * N + 4, c31);
}

/* rows x (4*nv) block for the edges: rows <= 4, nv in {1, 2}. */
static void block_edge(const float *A, const float *B, float *C, int N, int K, int rows, int nv) {
  v128_t acc[4][2];
  for (int r = 0; r < 4; r++) acc[r][0] = acc[r][1] = wasm_f32x4_splat(0.0f);
  for (int k = 0; k < K; k++) {
    v128_t b0 = wasm_v128_load(B + (size_t)k * N);
    v128_t b1 = nv > 1 ? wasm_v128_load(B + (size_t)k * N + 4) : b0;
    for (int r = 0; r < rows; r++) {
      v128_t x = wasm_f32x4_splat(A[(size_t)r * K + k]);
      acc[r][0] = wasm_f32x4_add(acc[r][0], wasm_f32x4_mul(x, b0));
      acc[r][1] = wasm_f32x4_add(acc[r][1], wasm_f32x4_mul(x, b1));
    }
  }
  for (int r = 0; r < rows; r++) {
    wasm_v128_store(C + (size_t)r * N, acc[r][0]);
    if (nv > 1) wasm_v128_store(C + (size_t)r * N + 4, acc[r][1]);
  }
}
#else
static inline __attribute__((always_inline)) void block4x4(const float *A, const float *B, float *C, int N, int K, int rows, int cols) {
  float acc[4][4] = {{0}};
  for (int k = 0; k < K; k++) {
    const float *b = B + (size_t)k * N;
    for (int r = 0; r < rows; r++) {
      float x = A[(size_t)r * K + k];
      for (int c = 0; c < cols; c++) acc[r][c] += x * b[c];
    }
  }
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) C[(size_t)r * N + c] = acc[r][c];
}
#endif

WA_EXPORT void matmul_f32(const float *A, const float *B, float *C, int M, int N, int K, int r0, int r1) {
  (void)M;
  int j = 0;
#ifdef __wasm_simd128__
  for (; j + 8 <= N; j += 8) {
    int i = r0;
    for (; i + 4 <= r1; i += 4) block4x8(A + (size_t)i * K, B + j, C + (size_t)i * N + j, N, K);
    if (i < r1) block_edge(A + (size_t)i * K, B + j, C + (size_t)i * N + j, N, K, r1 - i, 2);
  }
  for (; j + 4 <= N; j += 4)
    for (int i = r0; i < r1; i += 4)
      block_edge(A + (size_t)i * K, B + j, C + (size_t)i * N + j, N, K, wa_min(4, r1 - i), 1);
  for (; j < N; j++)  /* last N % 4 columns */
    for (int i = r0; i < r1; i++) {
      float s = 0.0f;
      for (int k = 0; k < K; k++) s += A[(size_t)i * K + k] * B[(size_t)k * N + j];
      C[(size_t)i * N + j] = s;
    }
#else
  for (; j < N; j += 4)
    for (int i = r0; i < r1; i += 4) {
      int rows = wa_min(4, r1 - i), cols = wa_min(4, N - j);
      const float *a = A + (size_t)i * K;
      float *c = C + (size_t)i * N + j;
      if (rows == 4 && cols == 4) block4x4(a, B + j, c, N, K, 4, 4);  /* constants: fully unrolled */
      else block4x4(a, B + j, c, N, K, rows, cols);
    }
#endif
}

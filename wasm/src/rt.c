/* Minimal runtime: the compiler may emit calls to these (struct copies, zeroing
 * loops) when bulk-memory is off. no_builtin keeps them from calling themselves. */
#include "common.h"

__attribute__((no_builtin("memset")))
void *memset(void *d, int c, size_t n) {
  unsigned char *p = d;
  while (n--) *p++ = (unsigned char)c;
  return d;
}

__attribute__((no_builtin("memcpy")))
void *memcpy(void *restrict d, const void *restrict s, size_t n) {
  unsigned char *p = d;
  const unsigned char *q = s;
  while (n--) *p++ = *q++;
  return d;
}

__attribute__((no_builtin("memmove")))
void *memmove(void *d, const void *s, size_t n) {
  unsigned char *p = d;
  const unsigned char *q = s;
  if (p < q) while (n--) *p++ = *q++;
  else { p += n; q += n; while (n--) *--p = *--q; }
  return d;
}

/* 1 when built with SIMD, so the host can verify which file it loaded. */
WA_EXPORT int wa_has_simd(void) {
#ifdef __wasm_simd128__
  return 1;
#else
  return 0;
#endif
}

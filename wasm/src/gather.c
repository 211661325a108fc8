/* Embedding lookup: y[r][:] = table[ids[r]][:], table [vocab][dim], ids [rows] as f32 holding integers.
 * An id that is NaN, not an integer or outside [0, vocab) fills its row with NaN: a bad id is never clamped
 * into a valid row. Rows are copied bit for bit. */
#include "common.h"

static int valid_id(float id, int vocab) {
  return id >= 0.0f && id < (float)vocab && id == __builtin_truncf(id);  /* false for NaN */
}

WA_EXPORT void gather_f32(const float *table, const float *ids, float *y, int rows, int dim, int vocab) {
  float nan = __builtin_nanf("");
  for (int r = 0; r < rows; r++) {
    float *yr = y + (size_t)r * dim;
    if (valid_id(ids[r], vocab)) {
      __builtin_memcpy(yr, table + (size_t)(int)ids[r] * dim, (size_t)dim * 4);
    } else {
      for (int c = 0; c < dim; c++) yr[c] = nan;
    }
  }
}

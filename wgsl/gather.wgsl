// Embedding lookup: out[r, :] = table[ids[r], :]. table: vocab x dim, ids: rows f32 values holding integers,
// out: rows x dim (row-major). An id that is NaN, infinite, not an integer or outside [0, vocab) fills its row
// with NaN (never a silent clamp), so a wrong id fails any check of the output instead of reading a wrong row.
// table and out are bound as u32 words: the rows are copied bit for bit, and the NaN is a stored bit pattern
// (WGSL lets implementations assume that no float operation produces a NaN). ids are read as bits too, so the
// non-finite test does not rest on float comparisons.
// Grid-stride loop over rows * dim: dispatch any number of workgroups up to 65535.

struct Params {
  rows : u32,
  dim : u32,
  vocab : u32,
}

@group(0) @binding(0) var<storage, read> table : array<u32>;
@group(0) @binding(1) var<storage, read> ids : array<u32>;
@group(0) @binding(2) var<storage, read_write> out : array<u32>;
@group(0) @binding(3) var<uniform> params : Params;

override WG : u32 = 256;

const QUIET_NAN : u32 = 0x7fc00000u;
const EXPONENT : u32 = 0x7f800000u;

/** The table row of an id, or -1 when the id is not an integer in [0, vocab). */
fn row_of(bits : u32) -> i32 {
  if ((bits & EXPONENT) == EXPONENT) {
    return -1;
  }
  let id = bitcast<f32>(bits);
  if (id < 0.0 || id >= f32(params.vocab) || fract(id) != 0.0) {
    return -1;
  }
  return i32(id);
}

@compute @workgroup_size(WG)
fn gather(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  let n = params.rows * params.dim;
  for (var i = gid.x; i < n; i += nwg.x * WG) {
    let r = i / params.dim;
    let c = i - r * params.dim;
    let row = row_of(ids[r]);
    if (row < 0) {
      out[i] = QUIET_NAN;
    } else {
      out[i] = table[u32(row) * params.dim + c];
    }
  }
}

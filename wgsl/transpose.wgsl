// Matrix transpose: x rows x cols -> y cols x rows, y[c * rows + r] = x[r * cols + c] (moves conv outputs [C, T]
// to the transformer's [T, C] and back). A workgroup of 32 x 8 invocations moves one 32 x 32 tile through
// workgroup memory (one padding column keeps the column reads off a single bank), so that both the reads of x and
// the writes of y are consecutive. Dispatch (ceil(cols / 32), ceil(rows / 32)).

struct Params {
  rows : u32,
  cols : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read_write> y : array<f32>;
@group(0) @binding(2) var<uniform> params : Params;

const TILE : u32 = 32u;  // js/ops/transpose/webgpu.js sizes the dispatch with it
const STEP : u32 = 8u;

var<workgroup> tile : array<f32, 1056>;  // TILE x (TILE + 1)

@compute @workgroup_size(32, 8)
fn transpose(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let c0 = wid.x * TILE;
  let r0 = wid.y * TILE;
  for (var k = lid.y; k < TILE; k += STEP) {
    let r = r0 + k;
    let c = c0 + lid.x;
    if (r < params.rows && c < params.cols) {
      tile[k * (TILE + 1u) + lid.x] = x[r * params.cols + c];
    }
  }
  workgroupBarrier();
  for (var k = lid.y; k < TILE; k += STEP) {
    let c = c0 + k;
    let r = r0 + lid.x;
    if (r < params.rows && c < params.cols) {
      y[c * params.rows + r] = tile[lid.x * (TILE + 1u) + k];
    }
  }
}

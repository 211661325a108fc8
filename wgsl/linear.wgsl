// PyTorch nn.Linear: Y = X Wᵀ + bias, row-major f32. X: rows x in, W: out x in (the [out, in] layout of
// nn.Linear.weight as stored in safetensors), bias: out (read only when hasBias != 0; bind any 1-element buffer
// otherwise), Y: rows x out.
// A workgroup computes a (WG_Y * 4) x (WG_X * 4) tile of Y; each invocation keeps a 4 x 4 block of accumulators.
// Tiles of X and W of depth TILE_K along `in` are staged in workgroup memory, both read along their contiguous
// dimension; loads outside rows, out or in are zero-filled, so any size works. The staged rows are padded to
// TILE_K + 1 words so that invocations reading one column of a W (or X) tile hit different banks.
// Invocation (x, y) owns rows y + i * WG_Y and outputs x + j * WG_X (i, j < 4).
// Dispatch (ceil(out / (WG_X * 4)), ceil(rows / (WG_Y * 4))). Workgroup memory: 2 * 64 * (TILE_K + 1) * 4 bytes
// (8.5 KiB with the defaults 16, 16, 16).

struct Params {
  rows : u32,
  inFeatures : u32,
  outFeatures : u32,
  hasBias : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> w : array<f32>;
@group(0) @binding(2) var<storage, read> bias : array<f32>;
@group(0) @binding(3) var<storage, read_write> y : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override WG_X : u32 = 16;
override WG_Y : u32 = 16;
override TILE_K : u32 = 16;

const RM : u32 = 4;
const RN : u32 = 4;

var<workgroup> tileX : array<f32, WG_Y * RM * (TILE_K + 1)>;
var<workgroup> tileW : array<f32, WG_X * RN * (TILE_K + 1)>;

@compute @workgroup_size(WG_X, WG_Y)
fn linear(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let tileM = WG_Y * RM;
  let tileN = WG_X * RN;
  let stride = TILE_K + 1u;
  let rowBase = wid.y * tileM;
  let colBase = wid.x * tileN;
  let tid = lid.y * WG_X + lid.x;
  let threads = WG_X * WG_Y;
  let K = params.inFeatures;

  var acc : array<f32, 16>;
  for (var k0 = 0u; k0 < K; k0 += TILE_K) {
    for (var i = tid; i < tileM * TILE_K; i += threads) {
      let r = rowBase + i / TILE_K;
      let c = k0 + i % TILE_K;
      var v = 0.0;
      if (r < params.rows && c < K) {
        v = x[r * K + c];
      }
      tileX[(i / TILE_K) * stride + i % TILE_K] = v;
    }
    for (var i = tid; i < tileN * TILE_K; i += threads) {
      let o = colBase + i / TILE_K;
      let c = k0 + i % TILE_K;
      var v = 0.0;
      if (o < params.outFeatures && c < K) {
        v = w[o * K + c];
      }
      tileW[(i / TILE_K) * stride + i % TILE_K] = v;
    }
    workgroupBarrier();

    for (var kk = 0u; kk < TILE_K; kk++) {
      var a : array<f32, 4>;
      var b : array<f32, 4>;
      for (var i = 0u; i < RM; i++) {
        a[i] = tileX[(lid.y + i * WG_Y) * stride + kk];
      }
      for (var j = 0u; j < RN; j++) {
        b[j] = tileW[(lid.x + j * WG_X) * stride + kk];
      }
      for (var i = 0u; i < RM; i++) {
        for (var j = 0u; j < RN; j++) {
          acc[i * RN + j] = fma(a[i], b[j], acc[i * RN + j]);
        }
      }
    }
    workgroupBarrier();
  }

  for (var j = 0u; j < RN; j++) {
    let o = colBase + lid.x + j * WG_X;
    if (o >= params.outFeatures) {
      continue;
    }
    var add = 0.0;
    if (params.hasBias != 0u) {
      add = bias[o];
    }
    for (var i = 0u; i < RM; i++) {
      let r = rowBase + lid.y + i * WG_Y;
      if (r < params.rows) {
        y[r * params.outFeatures + o] = acc[i * RN + j] + add;
      }
    }
  }
}

enable f16;

// f16 variant of matmul.wgsl (needs the shader-f16 feature). A and B arrive as f16 (IEEE binary16, the host
// rounds f32 to nearest even), are staged as f16 in workgroup memory (half the bytes of the f32 version) and
// multiplied and accumulated in f32; C is f32. Row-major. A: M x K, B: K x N, C: M x N.
// matmul_naive: one invocation per output element; dispatch (ceil(N / WG_X), ceil(M / WG_Y)).
// matmul_tiled: a workgroup computes a (WG_Y * 4) x (WG_X * 4) tile of C; each invocation keeps a 4 x 4 block
//   of accumulators in registers. A and B tiles of depth TILE_K are staged in workgroup memory; loads outside
//   M, N or K are zero-filled, so any M, N, K works. Dispatch (ceil(N / (WG_X * 4)), ceil(M / (WG_Y * 4))).
// Invocation (x, y) of a tile owns rows y + i * WG_Y and columns x + j * WG_X (i, j < 4): neighbouring
// invocations read neighbouring workgroup-memory words.

struct Dims {
  M : u32,
  N : u32,
  K : u32,
}

@group(0) @binding(0) var<storage, read> A : array<f16>;
@group(0) @binding(1) var<storage, read> B : array<f16>;
@group(0) @binding(2) var<storage, read_write> C : array<f32>;
@group(0) @binding(3) var<uniform> dims : Dims;

override WG_X : u32 = 16;
override WG_Y : u32 = 16;
override TILE_K : u32 = 16;

const RM : u32 = 4;
const RN : u32 = 4;

@compute @workgroup_size(WG_X, WG_Y)
fn matmul_naive(@builtin(global_invocation_id) gid : vec3<u32>) {
  let row = gid.y;
  let col = gid.x;
  if (row >= dims.M || col >= dims.N) {
    return;
  }
  var acc = 0.0;
  for (var p = 0u; p < dims.K; p++) {
    acc = fma(f32(A[row * dims.K + p]), f32(B[p * dims.N + col]), acc);
  }
  C[row * dims.N + col] = acc;
}

var<workgroup> tileA : array<f16, WG_Y * RM * TILE_K>;
var<workgroup> tileB : array<f16, TILE_K * WG_X * RN>;

@compute @workgroup_size(WG_X, WG_Y)
fn matmul_tiled(@builtin(local_invocation_id) lid : vec3<u32>,
                @builtin(workgroup_id) wid : vec3<u32>) {
  let tileM = WG_Y * RM;
  let tileN = WG_X * RN;
  let rowBase = wid.y * tileM;
  let colBase = wid.x * tileN;
  let tid = lid.y * WG_X + lid.x;
  let threads = WG_X * WG_Y;

  var acc : array<f32, 16>;
  for (var k0 = 0u; k0 < dims.K; k0 += TILE_K) {
    for (var i = tid; i < tileM * TILE_K; i += threads) {
      let r = rowBase + i / TILE_K;
      let c = k0 + i % TILE_K;
      var v = f16(0.0);
      if (r < dims.M && c < dims.K) {
        v = A[r * dims.K + c];
      }
      tileA[i] = v;
    }
    for (var i = tid; i < TILE_K * tileN; i += threads) {
      let r = k0 + i / tileN;
      let c = colBase + i % tileN;
      var v = f16(0.0);
      if (r < dims.K && c < dims.N) {
        v = B[r * dims.N + c];
      }
      tileB[i] = v;
    }
    workgroupBarrier();

    for (var kk = 0u; kk < TILE_K; kk++) {
      var a : array<f32, 4>;
      var b : array<f32, 4>;
      for (var i = 0u; i < RM; i++) {
        a[i] = f32(tileA[(lid.y + i * WG_Y) * TILE_K + kk]);
      }
      for (var j = 0u; j < RN; j++) {
        b[j] = f32(tileB[kk * tileN + lid.x + j * WG_X]);
      }
      for (var i = 0u; i < RM; i++) {
        for (var j = 0u; j < RN; j++) {
          acc[i * RN + j] = fma(a[i], b[j], acc[i * RN + j]);
        }
      }
    }
    workgroupBarrier();
  }

  for (var i = 0u; i < RM; i++) {
    let r = rowBase + lid.y + i * WG_Y;
    for (var j = 0u; j < RN; j++) {
      let c = colBase + lid.x + j * WG_X;
      if (r < dims.M && c < dims.N) {
        C[r * dims.N + c] = acc[i * RN + j];
      }
    }
  }
}

// PyTorch weight normalisation: w = g * v / ||v||, the norm over every dimension of v except `dim`. v is seen as
// outer x size x inner (its shape collapsed around dim), g holds `size` values:
//   w[o, j, i] = g[j] * v[o, j, i] / sqrt(sum_{o, i} v[o, j, i]^2).
// wav2vec2's positional conv: v [768, 48, 128], dim 2 -> outer 36864, size 128, inner 1.
// Two entries: weightnorm_norms (one workgroup per j, striding through its outer*inner values; writes
// invNorm[j] = 1 / ||v[:, j, :]||; 2-D grid j = x + y * gridX), then weightnorm_scale (grid-stride over v).
// WG must be a power of two.

struct Params {
  outer : u32,
  size : u32,
  inner : u32,
}

@group(0) @binding(0) var<storage, read> g : array<f32>;
@group(0) @binding(1) var<storage, read> v : array<f32>;
@group(0) @binding(2) var<storage, read_write> invNorm : array<f32>;
@group(0) @binding(3) var<storage, read_write> w : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override WG : u32 = 256;

var<workgroup> partial : array<f32, WG>;

@compute @workgroup_size(WG)
fn weightnorm_norms(@builtin(local_invocation_id) lid : vec3<u32>,
                    @builtin(workgroup_id) wid : vec3<u32>,
                    @builtin(num_workgroups) nwg : vec3<u32>) {
  let j = wid.x + wid.y * nwg.x;
  if (j >= params.size) {
    return;
  }
  let tid = lid.x;
  let count = params.outer * params.inner;
  var sq = 0.0;
  for (var m = tid; m < count; m += WG) {
    let o = m / params.inner;
    let i = m - o * params.inner;
    let value = v[(o * params.size + j) * params.inner + i];
    sq = fma(value, value, sq);
  }
  partial[tid] = sq;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (tid < s) {
      partial[tid] = partial[tid] + partial[tid + s];
    }
    workgroupBarrier();
  }
  if (tid == 0u) {
    invNorm[j] = inverseSqrt(partial[0]);
  }
}

@compute @workgroup_size(WG)
fn weightnorm_scale(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  let n = params.outer * params.size * params.inner;
  for (var k = gid.x; k < n; k += nwg.x * WG) {
    let j = (k / params.inner) % params.size;
    w[k] = g[j] * (v[k] * invNorm[j]);
  }
}

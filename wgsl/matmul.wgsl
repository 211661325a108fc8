// fp32 matrix multiplication C[M,N] = A[M,K] * B[K,N], row-major.
// matmul_naive: one invocation per output element, the reference-style kernel.
struct Dims { M : u32, N : u32, K : u32, pad : u32 }

@group(0) @binding(0) var<storage, read> a : array<f32>;
@group(0) @binding(1) var<storage, read> b : array<f32>;
@group(0) @binding(2) var<storage, read_write> c : array<f32>;
@group(0) @binding(3) var<uniform> dims : Dims;

override WG_X : u32 = 8u;
override WG_Y : u32 = 8u;

@compute @workgroup_size(WG_X, WG_Y, 1)
fn matmul_naive(@builtin(global_invocation_id) gid : vec3<u32>) {
  let row = gid.y;
  let col = gid.x;
  if (row >= dims.M || col >= dims.N) {
    return;
  }
  var sum = 0.0;
  for (var k = 0u; k < dims.K; k = k + 1u) {
    sum = sum + a[row * dims.K + k] * b[k * dims.N + col];
  }
  c[row * dims.N + col] = sum;
}

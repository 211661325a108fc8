// Roofline probes, measured in the same page as the kernels they are compared with.
//   fma_chain: peak FMA throughput. Each invocation runs 8 independent vec4 FMA chains (enough independent work
//              to hide FMA latency) of params.chain steps x <- fma(x, m, c): 8 * 4 * 2 * chain flops per invocation.
//   copy:      copy bandwidth. dst = src over params.n vec4s, grid-stride: 32 bytes moved per vec4.
// Both read m and c from the uniform so nothing can be folded at compile time.
// Bindings: 0 src (n vec4), 1 dst (n vec4), 2 uniform {n, chain, m, c}.

struct Params {
  n : u32,
  chain : u32,
  m : f32,
  c : f32,
};

@group(0) @binding(0) var<storage, read> src : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> dst : array<vec4<f32>>;
@group(0) @binding(2) var<uniform> params : Params;

override WG : u32 = 256;

@compute @workgroup_size(WG)
fn fma_chain(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  let i = gid.x + gid.y * nwg.x * WG;
  if (i >= params.n) {
    return;
  }
  let m = vec4<f32>(params.m);
  let c = vec4<f32>(params.c);
  let s = src[i];
  var x0 = s;
  var x1 = s + vec4<f32>(1.0);
  var x2 = s + vec4<f32>(2.0);
  var x3 = s + vec4<f32>(3.0);
  var x4 = s - vec4<f32>(1.0);
  var x5 = s - vec4<f32>(2.0);
  var x6 = s - vec4<f32>(3.0);
  var x7 = -s;
  for (var t = 0u; t < params.chain; t++) {
    x0 = fma(x0, m, c);
    x1 = fma(x1, m, c);
    x2 = fma(x2, m, c);
    x3 = fma(x3, m, c);
    x4 = fma(x4, m, c);
    x5 = fma(x5, m, c);
    x6 = fma(x6, m, c);
    x7 = fma(x7, m, c);
  }
  dst[i] = ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7));
}

@compute @workgroup_size(WG)
fn copy(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  let stride = nwg.x * WG;
  for (var i = gid.x; i < params.n; i += stride) {
    dst[i] = src[i];
  }
}

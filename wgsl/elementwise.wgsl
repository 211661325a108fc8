// Element-wise ops over n f32 values. add, mul: out = a op b (bindings 0, 1, 2, 3); b holds nb values and
// repeats along a (nb = n for same-shape operands; nb = columns for a bias over rows; nb must divide n).
// gelu, silu: out = f(a) (bindings 0, 2, 3; binding 1 is unused by them).
// gelu is the tanh approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), PyTorch approximate='tanh'.
// Grid-stride loop: dispatch any number of workgroups up to 65535, e.g. min(ceil(n / WG), 65535).

struct Params {
  n : u32,
  nb : u32,
}

@group(0) @binding(0) var<storage, read> a : array<f32>;
@group(0) @binding(1) var<storage, read> b : array<f32>;
@group(0) @binding(2) var<storage, read_write> out : array<f32>;
@group(0) @binding(3) var<uniform> params : Params;

override WG : u32 = 256;

const SQRT_2_OVER_PI : f32 = 0.7978845608028654;

fn gelu_tanh(v : f32) -> f32 {
  // tanh of a large argument can come out NaN where it is computed through exp; tanh(15) is 1 in f32 already.
  let inner = clamp(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v), -15.0, 15.0);
  return 0.5 * v * (1.0 + tanh(inner));
}

fn silu_of(v : f32) -> f32 {
  return v / (1.0 + exp(-v));
}

@compute @workgroup_size(WG)
fn add(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = a[i] + b[i % params.nb];
  }
}

@compute @workgroup_size(WG)
fn mul(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = a[i] * b[i % params.nb];
  }
}

@compute @workgroup_size(WG)
fn gelu(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = gelu_tanh(a[i]);
  }
}

@compute @workgroup_size(WG)
fn silu(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = silu_of(a[i]);
  }
}

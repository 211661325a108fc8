// Element-wise ops over n f32 values. add, mul: out = a op b (bindings 0, 1, 2, 3); b holds nb values and
// repeats along a (nb = n for same-shape operands; nb = columns for a bias over rows; nb must divide n).
// gelu, silu, gelu_erf, quick_gelu, tanh, exp: out = f(a) (bindings 0, 2, 3; binding 1 is unused by them).
// gelu is the tanh approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), PyTorch approximate='tanh'.
// gelu_erf is the exact GELU 0.5 x (1 + erf(x / sqrt 2)) (PyTorch's default); WGSL has no erf. With z = x / sqrt 2:
//   |z| < 0.5: erf(z) by its Maclaurin series through z^15; |z| >= 0.5: erfc(|z|) = t exp(-z^2 + P(t)) with
//   t = 1 / (1 + |z| / 2) and P the degree-9 Chebyshev fit of Numerical Recipes' erfcc (fractional error < 1.2e-7),
//   then 1 + erf(z) = 2 - erfc(z) for z > 0 and erfc(|z|) for z < 0 (no cancellation for x < 0). |erf error| is
//   <= 1.7e-7 in f32 (Abramowitz & Stegun 7.1.26, as in conv1d.wgsl, reaches 4.6e-7 once evaluated in f32); same
//   formula as wasm/src/elementwise.c.
// quick_gelu is x sigmoid(1.702 x) (CLIP); the exp argument is clamped to 80 so that no exp overflow meets x.
// tanh never goes through exp of a large argument: an odd series for |x| < 0.5, 1 - 2 / (exp(2|x|) + 1) with |x|
//   clamped to 9 (tanh(9) rounds to 1 in f32) above; no NaN or Inf for any finite x.
// exp is the builtin: WGSL promises 3 + 2|x| ULP, and nothing for x > 88.72 (IEEE gives +inf there).
// The entry points of tanh and exp are tanh_entry and exp_entry: a module-scope fn named tanh or exp would hide the
// builtin of that name in the whole module (ops/elementwise/webgpu.js maps the op's entry names onto them).
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

fn gelu_erf_of(v : f32) -> f32 {
  let z = v * 0.7071067811865476;
  let m = abs(z);
  let half = 0.5 * v;
  if (m < 0.5) {
    let q = z * z;
    let erf = z * (1.128379226 + q * (-0.3761263788 + q * (0.1128379181 + q * (-0.02686617151 + q * (0.005223977845
        + q * (-0.0008548327023 + q * (0.0001205533263 + q * -0.00001492565025)))))));
    return half * (1.0 + erf);
  }
  let t = 1.0 / (1.0 + 0.5 * m);
  let p = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
      + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  // exp's argument is clamped so that no underflowing exp is left to the implementation; erfc(9) is 4e-37.
  let erfc = t * exp(max(p - m * m, -87.0));
  return select(half * (2.0 - erfc), half * erfc, z < 0.0);
}

fn quick_gelu_of(v : f32) -> f32 {
  return v / (1.0 + exp(min(-1.702 * v, 80.0)));
}

fn tanh_of(v : f32) -> f32 {
  let m = min(abs(v), 9.0);
  var t : f32;
  if (m < 0.5) {
    // tanh series through x^15 (Horner in x^2): the first omitted term is < 5e-9 relative at 0.5.
    let z = m * m;
    t = m * (1.0 + z * (-0.3333333333 + z * (0.1333333333 + z * (-0.0539682540 + z * (0.0218694885
        + z * (-0.0088632355 + z * (0.0035921280 + z * -0.0014558344)))))));
  } else {
    t = 1.0 - 2.0 / (exp(2.0 * m) + 1.0);
  }
  return select(t, -t, v < 0.0);
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

@compute @workgroup_size(WG)
fn gelu_erf(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = gelu_erf_of(a[i]);
  }
}

@compute @workgroup_size(WG)
fn quick_gelu(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = quick_gelu_of(a[i]);
  }
}

@compute @workgroup_size(WG)
fn tanh_entry(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = tanh_of(a[i]);
  }
}

@compute @workgroup_size(WG)
fn exp_entry(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[i] = exp(a[i]);
  }
}

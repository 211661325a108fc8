// TEST ONLY: a shader that runs for minutes, for PageFaultsIT (dev.webaccel.it). Same bindings and entry as
// elementwise.wgsl's add, so an elementwise case can name it, but every invocation loops 2^31 times (a bound read
// from the uniform, so no compiler can fold it). The page waits for its readback until Java's run timeout stops the
// browser. Never use it in a real case.

struct Params {
  n : u32,
  nb : u32,
}

@group(0) @binding(0) var<storage, read> a : array<f32>;
@group(0) @binding(1) var<storage, read> b : array<f32>;
@group(0) @binding(2) var<storage, read_write> out : array<f32>;
@group(0) @binding(3) var<uniform> params : Params;

override WG : u32 = 256;

@compute @workgroup_size(WG)
fn add(@builtin(global_invocation_id) gid : vec3<u32>) {
  let i = gid.x;
  if (i >= params.n) {
    return;
  }
  // n is 1024 for the test's case: 1024 << 21 = 2^31 iterations per invocation.
  let iterations = params.n << 21u;
  var acc = a[i];
  for (var k = 0u; k < iterations; k++) {
    acc = acc * 0.9999999 + b[i];
  }
  out[i] = acc;
}

// TEST ONLY: a shader that runs for minutes, for PageFaultsIT (dev.webaccel.it). Same bindings and entry as
// elementwise.wgsl's add, so an elementwise case can name it, but every invocation makes 2^31 passes of an integer
// hash step (bounds read from the uniform, a step no optimiser can skip or fold). Mesa's llvmpipe (lavapipe, Firefox
// here) stops any loop after about 65535 passes, so the case also has many invocations (n = 2^22): at 65535 passes
// each that is still far beyond the run timeout. The page waits for its readback until Java's run timeout stops the
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
  let stride = 65535u * WG;
  let passes = params.n >> 11u;  // 2048 for n = 2^22
  for (var i = gid.x; i < params.n; i += stride) {
    var h = bitcast<u32>(a[i]) ^ bitcast<u32>(b[i]);
    for (var x = 0u; x < passes; x++) {
      for (var y = 0u; y < passes; y++) {
        for (var z = 0u; z < 512u; z++) {
          h = (h ^ (h >> 13u)) * 1664525u + 1013904223u;
        }
      }
    }
    out[i] = f32(h & 0xffffu);
  }
}

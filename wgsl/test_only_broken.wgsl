// TEST ONLY: a deliberately broken shader for BadInputIT (dev.webaccel.it). It must fail to compile, so the
// test can check that WGSL compiler messages reach Java with file:line:col. Never use it in a real case.

@group(0) @binding(0) var<storage, read> a : array<f32>;
@group(0) @binding(2) var<storage, read_write> out : array<f32>;

@compute @workgroup_size(64)
fn add(@builtin(global_invocation_id) gid : vec3<u32>) {
  let i : u32 = gid.x;
  out[i] = a[i] + undefined_variable;
}

// Flat concatenation, one part per dispatch: out[offset + i] = part[i] for i < n. The host encodes one dispatch
// per part (each with its own offset), so any number of parts of any lengths works with two bindings.
// Words are copied as u32, bit for bit (NaN payloads and -0 included).
// Grid-stride loop: dispatch any number of workgroups up to 65535.

struct Params {
  offset : u32,
  n : u32,
}

@group(0) @binding(0) var<storage, read> part : array<u32>;
@group(0) @binding(1) var<storage, read_write> out : array<u32>;
@group(0) @binding(2) var<uniform> params : Params;

override WG : u32 = 256;

@compute @workgroup_size(WG)
fn concat(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) nwg : vec3<u32>) {
  for (var i = gid.x; i < params.n; i += nwg.x * WG) {
    out[params.offset + i] = part[i];
  }
}

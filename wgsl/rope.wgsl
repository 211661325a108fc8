// Rotary position embedding as Hugging Face LLaMA applies it (rotate_half convention):
//   x, out : rows x (heads*headDim); row r has position p = r % seq; per head, for i < headDim/2 (half = headDim/2),
//   a = p * invFreq[i] in f32 (as HF's inv_freq @ position_ids), x1 = x[i], x2 = x[i+half]:
//   out[i] = x1 cos a - x2 sin a;  out[i+half] = x2 cos a + x1 sin a.
// invFreq (half values) is computed by the host in f32 exactly as HF does (js/ops/rope/frequencies.js).
// WGSL's sin/cos promise only 2^-11 absolute error and only on [-pi, pi], while a reaches a few thousand
// radians, so cosSin reduces by pi/2 itself (Cody-Waite, three parts) and evaluates minimax polynomials:
// a few ulp for a < 1e5, the same sequence as wa_sincosf in wasm/src/wmath.h.
// One invocation per (row, i), looping over the heads (the angle is shared): grid-stride over rows*half.

struct Params {
  rows : u32,
  seq : u32,
  heads : u32,
  headDim : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> invFreq : array<f32>;
@group(0) @binding(2) var<storage, read_write> out : array<f32>;
@group(0) @binding(3) var<uniform> params : Params;

override WG : u32 = 128;

const PIO2_1 = 1.5703125;               // 8 significant bits: n * PIO2_1 is exact for |n| < 2^16
const PIO2_2 = 4.8351287841796875e-4;   // 8 significant bits
const PIO2_3 = 3.1391647326e-7;         // pi/2 - PIO2_1 - PIO2_2, rounded
const TWO_OVER_PI = 0.636619772367581343;

// (cos a, sin a) for finite a.
fn cosSin(a : f32) -> vec2<f32> {
  let n = round(a * TWO_OVER_PI);
  let r = ((a - n * PIO2_1) - n * PIO2_2) - n * PIO2_3;
  let z = r * r;
  let s = r + r * z * (-1.6666654611e-1 + z * (8.3321608736e-3 + z * -1.9515295891e-4));
  let c = 1.0 - 0.5 * z + z * z * (4.166664568298827e-2 + z * (-1.388731625493765e-3 + z * 2.443315711809948e-5));
  switch (u32(i32(n)) & 3u) {
    case 0u: { return vec2<f32>(c, s); }
    case 1u: { return vec2<f32>(-s, c); }
    case 2u: { return vec2<f32>(-c, -s); }
    default: { return vec2<f32>(s, -c); }
  }
}

@compute @workgroup_size(WG)
fn rope(@builtin(global_invocation_id) gid : vec3<u32>, @builtin(num_workgroups) groups : vec3<u32>) {
  let half = params.headDim / 2u;
  let width = params.heads * params.headDim;
  let total = params.rows * half;
  for (var idx = gid.x; idx < total; idx += groups.x * WG) {
    let r = idx / half;
    let i = idx % half;
    let cs = cosSin(f32(r % params.seq) * invFreq[i]);
    for (var h = 0u; h < params.heads; h++) {
      let base = r * width + h * params.headDim + i;
      let x1 = x[base];
      let x2 = x[base + half];
      out[base] = x1 * cs.x - x2 * cs.y;
      out[base + half] = x2 * cs.x + x1 * cs.y;
    }
  }
}

// 1-D convolution with zero padding (PyTorch Conv1d, batch 1, groups), optionally followed by the exact GELU as
// Whisper's encoder stem does. x: cin x length, w: cout x (cin/groups) x kernel, bias: cout (read when hasBias),
// y: cout x outLength (row-major f32); outLength = (length + 2 pad - kernel) / stride + 1 - trim (the host passes
// it already trimmed: the trimmed frames are never computed).
// The GELU is the exact-erf form (PyTorch's default F.gelu); erf is Abramowitz & Stegun 7.1.26, |error| <= 1.5e-7.
//
// An implicit GEMM per group: Y[o, t] = sum_r W[o, r] X[r, t] with r = c*kernel + j over the group's cin/groups
// channels, X[r, t] = x[c, t*stride + j - pad] (zero outside). A workgroup computes a TILE_O x TILE_T tile of one
// group's outputs (each invocation 4 x 4, strided by 16 so that workgroup-memory reads are broadcast or
// consecutive), stepping r through TILE_K-wide slices of W and X staged in workgroup memory (8 KiB).
// Dispatch (ceil(outLength / TILE_T), ceil((cout/groups) / TILE_O), groups).

struct Params {
  cin : u32,
  length : u32,
  cout : u32,
  outLength : u32,
  stride : u32,
  pad : u32,
  kernel : u32,
  groups : u32,
  hasBias : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> w : array<f32>;
@group(0) @binding(2) var<storage, read> bias : array<f32>;
@group(0) @binding(3) var<storage, read_write> y : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override APPLY_GELU : bool = true;

const TILE_T : u32 = 64u;  // js/ops/conv1d/webgpu.js sizes the dispatch with these
const TILE_O : u32 = 64u;
const TILE_K : u32 = 16u;
const SIDE : u32 = 16u;     // invocations per side; each covers TILE / SIDE = 4 rows and 4 columns

var<workgroup> ws : array<f32, 1024>;  // [TILE_K][TILE_O]
var<workgroup> xs : array<f32, 1024>;  // [TILE_K][TILE_T]

fn erf_approx(v : f32) -> f32 {
  let a = abs(v);
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign(v) * (1.0 - poly * exp(-a * a));
}

fn gelu_erf(v : f32) -> f32 {
  return 0.5 * v * (1.0 + erf_approx(v * 0.7071067811865476));
}

@compute @workgroup_size(16, 16)
fn conv1d(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let groupIn = params.cin / params.groups;
  let groupOut = params.cout / params.groups;
  let depth = groupIn * params.kernel;
  let firstIn = wid.z * groupIn;
  let firstOut = wid.z * groupOut;
  let o0 = wid.y * TILE_O;
  let t0 = wid.x * TILE_T;
  let flat = lid.y * SIDE + lid.x;

  var acc : array<f32, 16>;
  for (var i = 0u; i < 16u; i++) {
    acc[i] = 0.0;
  }
  for (var r0 = 0u; r0 < depth; r0 += TILE_K) {
    for (var q = 0u; q < 4u; q++) {
      let idx = flat + q * 256u;
      // W slice: consecutive invocations read consecutive r of one output row.
      let wr = idx % TILE_K;
      let wo = idx / TILE_K;
      var wv = 0.0;
      if (r0 + wr < depth && o0 + wo < groupOut) {
        wv = w[(firstOut + o0 + wo) * depth + r0 + wr];
      }
      ws[wr * TILE_O + wo] = wv;
      // X slice: consecutive invocations read consecutive t (stride apart in x).
      let xt = idx % TILE_T;
      let xr = idx / TILE_T;
      var xv = 0.0;
      let r = r0 + xr;
      if (r < depth && t0 + xt < params.outLength) {
        let c = r / params.kernel;
        let at = i32((t0 + xt) * params.stride + (r - c * params.kernel)) - i32(params.pad);
        if (at >= 0 && at < i32(params.length)) {
          xv = x[(firstIn + c) * params.length + u32(at)];
        }
      }
      xs[xr * TILE_T + xt] = xv;
    }
    workgroupBarrier();
    for (var k = 0u; k < TILE_K; k++) {
      var wk : array<f32, 4>;
      var xk : array<f32, 4>;
      for (var i = 0u; i < 4u; i++) {
        wk[i] = ws[k * TILE_O + lid.y + SIDE * i];
        xk[i] = xs[k * TILE_T + lid.x + SIDE * i];
      }
      for (var i = 0u; i < 4u; i++) {
        for (var j = 0u; j < 4u; j++) {
          acc[i * 4u + j] = fma(wk[i], xk[j], acc[i * 4u + j]);
        }
      }
    }
    workgroupBarrier();
  }
  for (var i = 0u; i < 4u; i++) {
    let o = o0 + lid.y + SIDE * i;
    if (o >= groupOut) {
      continue;
    }
    let row = firstOut + o;
    var b = 0.0;
    if (params.hasBias != 0u) {
      b = bias[row];
    }
    for (var j = 0u; j < 4u; j++) {
      let t = t0 + lid.x + SIDE * j;
      if (t < params.outLength) {
        var v = acc[i * 4u + j] + b;
        if (APPLY_GELU) {
          v = gelu_erf(v);
        }
        y[row * params.outLength + t] = v;
      }
    }
  }
}

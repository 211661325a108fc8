// 1-D convolution with zero padding (PyTorch Conv1d, batch 1), optionally followed by GELU as Whisper's
// encoder stem does (gelu(conv1(mel)), k=3 pad=1 stride 1; gelu(conv2(.)), k=3 pad=1 stride 2).
// x: cin x length, w: cout x cin x KSIZE, bias: cout, y: cout x outLength (row-major f32),
// outLength = (length + 2 pad - KSIZE) / stride + 1.
// The GELU is the exact-erf form (PyTorch's default F.gelu, which Whisper uses); erf is Abramowitz & Stegun
// 7.1.26, absolute error <= 1.5e-7.
// One invocation per output: x = time, y = output channel; dispatch (ceil(outLength / WG_X), ceil(cout / WG_Y)).

struct Params {
  cin : u32,
  length : u32,
  cout : u32,
  outLength : u32,
  stride : u32,
  pad : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> w : array<f32>;
@group(0) @binding(2) var<storage, read> bias : array<f32>;
@group(0) @binding(3) var<storage, read_write> y : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override KSIZE : u32 = 3;
override APPLY_GELU : bool = true;
override WG_X : u32 = 64;
override WG_Y : u32 = 4;

fn erf_approx(v : f32) -> f32 {
  let a = abs(v);
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign(v) * (1.0 - poly * exp(-a * a));
}

fn gelu_erf(v : f32) -> f32 {
  return 0.5 * v * (1.0 + erf_approx(v * 0.7071067811865476));
}

@compute @workgroup_size(WG_X, WG_Y)
fn conv1d(@builtin(global_invocation_id) gid : vec3<u32>) {
  let t = gid.x;
  let o = gid.y;
  if (t >= params.outLength || o >= params.cout) {
    return;
  }
  var acc = bias[o];
  let start = i32(t * params.stride) - i32(params.pad);
  for (var c = 0u; c < params.cin; c++) {
    let xRow = c * params.length;
    let wRow = (o * params.cin + c) * KSIZE;
    for (var j = 0u; j < KSIZE; j++) {
      let at = start + i32(j);
      if (at >= 0 && at < i32(params.length)) {
        acc = fma(w[wRow + j], x[xRow + u32(at)], acc);
      }
    }
  }
  if (APPLY_GELU) {
    acc = gelu_erf(acc);
  }
  y[o * params.outLength + t] = acc;
}

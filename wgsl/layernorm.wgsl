// LayerNorm over the last dimension: y = (x - mean) / sqrt(var + eps) * gamma + beta, var the biased variance.
// x, y: rows x cols row-major; gamma, beta: cols. Two passes over the row (mean, then squared deviations),
// which stays accurate when |mean| >> std. One workgroup per row (2-D grid as in softmax.wgsl); WG must be a
// power of two.

struct Params {
  rows : u32,
  cols : u32,
  eps : f32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> gamma : array<f32>;
@group(0) @binding(2) var<storage, read> beta : array<f32>;
@group(0) @binding(3) var<storage, read_write> y : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override WG : u32 = 256;

var<workgroup> partial : array<f32, WG>;

fn reduce_sum(tid : u32, value : f32) -> f32 {
  partial[tid] = value;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (tid < s) {
      partial[tid] = partial[tid] + partial[tid + s];
    }
    workgroupBarrier();
  }
  let result = partial[0];
  workgroupBarrier();
  return result;
}

@compute @workgroup_size(WG)
fn layernorm(@builtin(local_invocation_id) lid : vec3<u32>,
             @builtin(workgroup_id) wid : vec3<u32>,
             @builtin(num_workgroups) nwg : vec3<u32>) {
  let row = wid.x + wid.y * nwg.x;
  if (row >= params.rows) {
    return;
  }
  let tid = lid.x;
  let base = row * params.cols;
  let n = f32(params.cols);

  var localSum = 0.0;
  for (var c = tid; c < params.cols; c += WG) {
    localSum += x[base + c];
  }
  let mean = reduce_sum(tid, localSum) / n;

  var localSq = 0.0;
  for (var c = tid; c < params.cols; c += WG) {
    let d = x[base + c] - mean;
    localSq = fma(d, d, localSq);
  }
  let inverseStd = inverseSqrt(reduce_sum(tid, localSq) / n + params.eps);

  for (var c = tid; c < params.cols; c += WG) {
    y[base + c] = (x[base + c] - mean) * inverseStd * gamma[c] + beta[c];
  }
}

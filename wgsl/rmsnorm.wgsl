// Normalisation by the root of the sum of squares, over the last dimension; x, y: rows x cols row-major.
// rmsnorm (LLaMA): y = x / sqrt(mean(x^2) + eps) * gamma, gamma: cols (bindings 0, 1, 2, 3).
// l2norm (CLIP's normalised embeddings): y = x / sqrt(sum(x^2) + eps) (bindings 0, 2, 3; binding 1 is unused).
//   With eps = 0 a zero row divides by zero: the result is not a number, as x / x.norm() in PyTorch.
// One workgroup per row (2-D grid as in softmax.wgsl); WG must be a power of two.

struct Params {
  rows : u32,
  cols : u32,
  eps : f32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> gamma : array<f32>;
@group(0) @binding(2) var<storage, read_write> y : array<f32>;
@group(0) @binding(3) var<uniform> params : Params;

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

fn sum_of_squares(tid : u32, base : u32) -> f32 {
  var local = 0.0;
  for (var c = tid; c < params.cols; c += WG) {
    let v = x[base + c];
    local = fma(v, v, local);
  }
  return reduce_sum(tid, local);
}

@compute @workgroup_size(WG)
fn rmsnorm(@builtin(local_invocation_id) lid : vec3<u32>,
           @builtin(workgroup_id) wid : vec3<u32>,
           @builtin(num_workgroups) nwg : vec3<u32>) {
  let row = wid.x + wid.y * nwg.x;
  if (row >= params.rows) {
    return;
  }
  let tid = lid.x;
  let base = row * params.cols;
  let inverse = inverseSqrt(sum_of_squares(tid, base) / f32(params.cols) + params.eps);
  for (var c = tid; c < params.cols; c += WG) {
    y[base + c] = x[base + c] * inverse * gamma[c];
  }
}

@compute @workgroup_size(WG)
fn l2norm(@builtin(local_invocation_id) lid : vec3<u32>,
          @builtin(workgroup_id) wid : vec3<u32>,
          @builtin(num_workgroups) nwg : vec3<u32>) {
  let row = wid.x + wid.y * nwg.x;
  if (row >= params.rows) {
    return;
  }
  let tid = lid.x;
  let base = row * params.cols;
  let inverse = 1.0 / sqrt(sum_of_squares(tid, base) + params.eps);
  for (var c = tid; c < params.cols; c += WG) {
    y[base + c] = x[base + c] * inverse;
  }
}

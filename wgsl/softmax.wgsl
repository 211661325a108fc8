// Row softmax of a row-major rows x cols matrix: y = exp(x - max) / sum(exp(x - max)).
// One workgroup per row (row = workgroup_id.x + workgroup_id.y * num_workgroups.x, so more than 65535 rows
// can be dispatched as a 2-D grid). Max and sum are tree reductions in workgroup memory: WG must be a power
// of two.

struct Params {
  rows : u32,
  cols : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read_write> y : array<f32>;
@group(0) @binding(2) var<uniform> params : Params;

override WG : u32 = 256;

var<workgroup> partial : array<f32, WG>;

fn reduce_max(tid : u32, value : f32) -> f32 {
  partial[tid] = value;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (tid < s) {
      partial[tid] = max(partial[tid], partial[tid + s]);
    }
    workgroupBarrier();
  }
  let result = partial[0];
  workgroupBarrier();
  return result;
}

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
fn softmax(@builtin(local_invocation_id) lid : vec3<u32>,
           @builtin(workgroup_id) wid : vec3<u32>,
           @builtin(num_workgroups) nwg : vec3<u32>) {
  let row = wid.x + wid.y * nwg.x;
  if (row >= params.rows) {
    return;
  }
  let tid = lid.x;
  let base = row * params.cols;

  var localMax = -3.402823e38;
  for (var c = tid; c < params.cols; c += WG) {
    localMax = max(localMax, x[base + c]);
  }
  let rowMax = reduce_max(tid, localMax);

  var localSum = 0.0;
  for (var c = tid; c < params.cols; c += WG) {
    localSum += exp(x[base + c] - rowMax);
  }
  let inverse = 1.0 / reduce_sum(tid, localSum);

  for (var c = tid; c < params.cols; c += WG) {
    y[base + c] = exp(x[base + c] - rowMax) * inverse;
  }
}

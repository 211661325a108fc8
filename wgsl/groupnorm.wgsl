// GroupNorm (PyTorch nn.GroupNorm, batch 1) on channels-first x: channels x length, split into `groups` groups of
// channels/groups consecutive channels; each group is normalised over all its channels and positions (biased
// variance), then y = (x - mean) / sqrt(var + eps) * gamma[c] + beta[c]. wav2vec2's feature encoder uses
// groups == channels over up to ~96000 frames (30 s).
// One workgroup per group (2-D grid: group = x + y * gridX, as layernorm.wgsl's rows), each invocation striding
// through the group's channels*length values: correct for any length. Two passes (mean, then squared
// deviations) stay accurate when |mean| >> std. WG must be a power of two.

struct Params {
  channels : u32,
  length : u32,
  groups : u32,
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
fn groupnorm(@builtin(local_invocation_id) lid : vec3<u32>,
             @builtin(workgroup_id) wid : vec3<u32>,
             @builtin(num_workgroups) nwg : vec3<u32>) {
  let g = wid.x + wid.y * nwg.x;
  if (g >= params.groups) {
    return;
  }
  let tid = lid.x;
  let perGroup = params.channels / params.groups;
  let span = perGroup * params.length;
  let base = g * span;
  let n = f32(span);

  var localSum = 0.0;
  for (var i = tid; i < span; i += WG) {
    localSum += x[base + i];
  }
  let mean = reduce_sum(tid, localSum) / n;

  var localSq = 0.0;
  for (var i = tid; i < span; i += WG) {
    let d = x[base + i] - mean;
    localSq = fma(d, d, localSq);
  }
  let inverseStd = inverseSqrt(reduce_sum(tid, localSq) / n + params.eps);

  for (var i = tid; i < span; i += WG) {
    let c = g * perGroup + i / params.length;
    y[base + i] = (x[base + i] - mean) * inverseStd * gamma[c] + beta[c];
  }
}

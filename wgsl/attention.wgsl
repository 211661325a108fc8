// Scaled dot-product attention, per batch entry b (a head):
//   out[b] = softmax(Q[b] K[b]ᵀ * scale + mask) V[b]
// Q: batch x lq x d, K: batch x lk x d, V: batch x lk x dv, out: batch x lq x dv (all row-major f32);
// mask: lq x lk additive, shared by every b, read only when hasMask != 0 (bind any 1-element buffer otherwise).
// Masked positions should hold a large finite negative value (e.g. -1e9): WGSL does not promise IEEE
// infinities.
// One workgroup per (query row, b): dispatch (lq, batch). The row's lk scores live in workgroup memory, so
// lk <= MAX_KEYS (default 2048, 8 KiB; Whisper's encoder has 1500 positions). WG must be a power of two.

struct Params {
  batch : u32,
  lq : u32,
  lk : u32,
  d : u32,
  dv : u32,
  scale : f32,
  hasMask : u32,
}

@group(0) @binding(0) var<storage, read> q : array<f32>;
@group(0) @binding(1) var<storage, read> k : array<f32>;
@group(0) @binding(2) var<storage, read> v : array<f32>;
@group(0) @binding(3) var<storage, read> mask : array<f32>;
@group(0) @binding(4) var<storage, read_write> out : array<f32>;
@group(0) @binding(5) var<uniform> params : Params;

override WG : u32 = 128;
override MAX_KEYS : u32 = 2048;

var<workgroup> scores : array<f32, MAX_KEYS>;
var<workgroup> partial : array<f32, WG>;

fn reduce(tid : u32, value : f32, takeMax : bool) -> f32 {
  partial[tid] = value;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (tid < s) {
      let other = partial[tid + s];
      partial[tid] = select(partial[tid] + other, max(partial[tid], other), takeMax);
    }
    workgroupBarrier();
  }
  let result = partial[0];
  workgroupBarrier();
  return result;
}

@compute @workgroup_size(WG)
fn attention(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let i = wid.x;
  let b = wid.y;
  if (i >= params.lq || b >= params.batch) {
    return;
  }
  let tid = lid.x;
  let lk = min(params.lk, MAX_KEYS);
  let qBase = (b * params.lq + i) * params.d;

  var localMax = -3.402823e38;
  for (var j = tid; j < lk; j += WG) {
    let kBase = (b * params.lk + j) * params.d;
    var s = 0.0;
    for (var c = 0u; c < params.d; c++) {
      s = fma(q[qBase + c], k[kBase + c], s);
    }
    s = s * params.scale;
    if (params.hasMask != 0u) {
      s += mask[i * params.lk + j];
    }
    scores[j] = s;
    localMax = max(localMax, s);
  }
  let rowMax = reduce(tid, localMax, true);

  var localSum = 0.0;
  for (var j = tid; j < lk; j += WG) {
    let e = exp(scores[j] - rowMax);
    scores[j] = e;
    localSum += e;
  }
  // reduce() ends in a barrier, so every weight is in workgroup memory before anyone reads it below.
  let inverse = 1.0 / reduce(tid, localSum, false);

  for (var c = tid; c < params.dv; c += WG) {
    var acc = 0.0;
    for (var j = 0u; j < lk; j++) {
      acc = fma(scores[j], v[(b * params.lk + j) * params.dv + c], acc);
    }
    out[(b * params.lq + i) * params.dv + c] = acc * inverse;
  }
}

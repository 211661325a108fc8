// Multi-head / grouped-query scaled dot-product attention on Hugging Face's interleaved layout:
//   q   : (batch*lq) rows x (heads*D),   head h = columns h*D .. h*D+D-1 of a row
//   k, v: (batch*lk) rows x (kvHeads*D), query head h reads kv head h / (heads / kvHeads)
//   out : laid out as q;  out = softmax(q k^T * scale + keyMask [+ causal]) v per (batch, head)
// keyMask (read when hasMask != 0; bind any 1-element buffer otherwise): batch*lk additive values.
// causal != 0: key j is visible to query i only when j <= i + (lk - lq) (the host requires lk >= lq).
//
// One workgroup per (tile of TQ query rows, head, batch entry): dispatch (ceil(lq/TQ), heads, batch). Keys stream
// through workgroup memory TK at a time with an online softmax (running max and sum per row), so any lk works.
// Scores are clamped to >= FLOOR (finite), so a row whose keys are all masked with -inf or finfo.min averages its
// visible keys uniformly, as PyTorch does with finfo.min; keys a row cannot see (causal, padding) weigh exactly 0.
// The host (js/ops/mha/tiles.js) sets every override; the array lengths must be
//   D4 = ceil(D/4), QS_LEN = TQ*D4, KV_LEN = TK*(D4+1), PS_LEN = TQ*(TK+1), WG a multiple of TQ,
//   ceil(D4 / (WG/TQ)) <= MAX_ACC.
// Rows of K/V and of scores are padded by one element so that threads reading different rows hit different banks.

struct Params {
  batch : u32,
  lq : u32,
  lk : u32,
  heads : u32,
  kvHeads : u32,
  causal : u32,
  hasMask : u32,
  scale : f32,
}

@group(0) @binding(0) var<storage, read> q : array<f32>;
@group(0) @binding(1) var<storage, read> k : array<f32>;
@group(0) @binding(2) var<storage, read> v : array<f32>;
@group(0) @binding(3) var<storage, read> keyMask : array<f32>;
@group(0) @binding(4) var<storage, read_write> out : array<f32>;
@group(0) @binding(5) var<uniform> params : Params;

override D : u32 = 64;
override D4 : u32 = 16;
override TQ : u32 = 16;
override TK : u32 = 32;
override WG : u32 = 128;
override QS_LEN : u32 = 256;
override KV_LEN : u32 = 544;
override PS_LEN : u32 = 528;

const MAX_ACC = 8u;
const FLOOR = -1e38;      // the lowest score a visible key can have
const HIDDEN = -3.4e38;   // a key this row cannot see

var<workgroup> qs : array<vec4<f32>, QS_LEN>;
var<workgroup> kv : array<vec4<f32>, KV_LEN>;
var<workgroup> ps : array<f32, PS_LEN>;
var<workgroup> rowMax : array<f32, TQ>;
var<workgroup> rowSum : array<f32, TQ>;
var<workgroup> rowScale : array<f32, TQ>;

fn qVec(base : u32, c : u32) -> vec4<f32> {
  var r = vec4<f32>(0.0);
  for (var e = 0u; e < 4u; e++) {
    if (c + e < D) {
      r[e] = q[base + c + e];
    }
  }
  return r;
}

fn kVec(base : u32, c : u32) -> vec4<f32> {
  var r = vec4<f32>(0.0);
  for (var e = 0u; e < 4u; e++) {
    if (c + e < D) {
      r[e] = k[base + c + e];
    }
  }
  return r;
}

fn vVec(base : u32, c : u32) -> vec4<f32> {
  var r = vec4<f32>(0.0);
  for (var e = 0u; e < 4u; e++) {
    if (c + e < D) {
      r[e] = v[base + c + e];
    }
  }
  return r;
}

@compute @workgroup_size(WG)
fn mha(@builtin(local_invocation_id) lid : vec3<u32>, @builtin(workgroup_id) wid : vec3<u32>) {
  let tid = lid.x;
  let i0 = wid.x * TQ;
  let h = wid.y;
  let b = wid.z;
  let lq = params.lq;
  let lk = params.lk;
  let qWidth = params.heads * D;
  let kvWidth = params.kvHeads * D;
  let kvCol = (h / (params.heads / params.kvHeads)) * D;
  let offset = lk - lq;  // causal only, where lk >= lq
  let perRow = WG / TQ;
  let r = tid / perRow;
  let lane = tid % perRow;
  let kvStride = D4 + 1u;
  let psStride = TK + 1u;

  for (var idx = tid; idx < TQ * D4; idx += WG) {
    let rr = idx / D4;
    let i = i0 + rr;
    var val = vec4<f32>(0.0);
    if (i < lq) {
      val = qVec((b * lq + i) * qWidth + h * D, (idx % D4) * 4u);
    }
    qs[idx] = val;
  }
  if (tid < TQ) {
    rowMax[tid] = FLOOR;
    rowSum[tid] = 0.0;
  }

  let iLast = min(i0 + TQ, lq) - 1u;
  var kEnd = lk;
  if (params.causal != 0u) {
    kEnd = min(lk, iLast + offset + 1u);
  }

  var acc : array<vec4<f32>, MAX_ACC>;
  for (var n = 0u; n < MAX_ACC; n++) {
    acc[n] = vec4<f32>(0.0);
  }

  for (var j0 = 0u; j0 < kEnd; j0 += TK) {
    for (var idx = tid; idx < TK * D4; idx += WG) {
      let jj = idx / D4;
      let c4 = idx % D4;
      let key = j0 + jj;
      var val = vec4<f32>(0.0);
      if (key < kEnd) {
        val = kVec((b * lk + key) * kvWidth + kvCol, c4 * 4u);
      }
      kv[jj * kvStride + c4] = val;
    }
    workgroupBarrier();

    for (var idx = tid; idx < TQ * TK; idx += WG) {
      let rr = idx / TK;
      let jj = idx % TK;
      let i = i0 + rr;
      let key = j0 + jj;
      var s = HIDDEN;
      if (key < kEnd && i < lq && (params.causal == 0u || key <= i + offset)) {
        var d = 0.0;
        for (var c4 = 0u; c4 < D4; c4++) {
          d += dot(qs[rr * D4 + c4], kv[jj * kvStride + c4]);
        }
        s = d * params.scale;
        if (params.hasMask != 0u) {
          s += keyMask[b * lk + key];
        }
        s = max(s, FLOOR);
      }
      ps[rr * psStride + jj] = s;
    }
    workgroupBarrier();

    // K is no longer needed: V takes its place while one thread per row updates the running softmax.
    for (var idx = tid; idx < TK * D4; idx += WG) {
      let jj = idx / D4;
      let c4 = idx % D4;
      let key = j0 + jj;
      var val = vec4<f32>(0.0);
      if (key < kEnd) {
        val = vVec((b * lk + key) * kvWidth + kvCol, c4 * 4u);
      }
      kv[jj * kvStride + c4] = val;
    }
    if (tid < TQ) {
      let base = tid * psStride;
      let previous = rowMax[tid];
      var m = previous;
      for (var jj = 0u; jj < TK; jj++) {
        m = max(m, ps[base + jj]);
      }
      let alpha = exp(previous - m);
      var sum = 0.0;
      for (var jj = 0u; jj < TK; jj++) {
        let s = ps[base + jj];
        let p = select(0.0, exp(s - m), s >= FLOOR);
        ps[base + jj] = p;
        sum += p;
      }
      rowSum[tid] = rowSum[tid] * alpha + sum;
      rowMax[tid] = m;
      rowScale[tid] = alpha;
    }
    workgroupBarrier();

    let alpha = rowScale[r];
    let pBase = r * psStride;
    for (var n = 0u; n < MAX_ACC; n++) {
      let c4 = lane + n * perRow;
      if (c4 < D4) {
        var a = acc[n] * alpha;
        for (var jj = 0u; jj < TK; jj++) {
          a = fma(vec4<f32>(ps[pBase + jj]), kv[jj * kvStride + c4], a);
        }
        acc[n] = a;
      }
    }
    workgroupBarrier();
  }

  let i = i0 + r;
  if (i < lq) {
    let inverse = 1.0 / rowSum[r];
    let base = (b * lq + i) * qWidth + h * D;
    for (var n = 0u; n < MAX_ACC; n++) {
      let c4 = lane + n * perRow;
      for (var e = 0u; e < 4u; e++) {
        let c = c4 * 4u + e;
        if (c4 < D4 && c < D) {
          out[base + c] = acc[n][e] * inverse;
        }
      }
    }
  }
}

// y = x · dequant(W)ᵀ. x: M x K f32 row-major; W: N x K (output channels first, as nn.Linear.weight);
// y: M x N f32 row-major.
//
// Packing (identical to dev.webaccel.reference.WeightPacker):
//   codes q are unsigned, 0 <= q < 2^BITS. A u32 word holds floor(32 / BITS) codes: 8 bit -> 4, 4 bit -> 8,
//   3 bit -> 10 (bits 30..31 unused, codes never straddle words), 2 bit -> 16. Code k of row n is in word
//   n * wordsPerRow + k / perWord at bit offset (k % perWord) * BITS, least significant bits first.
//   Each row starts on a fresh word; wordsPerRow = ceil(K / perWord); unused slots are zero.
// Dequantization: w = scale[g] * (q - zero[g]), g = n * groupsPerRow + k / groupSize. Per-channel
//   quantization is groupSize = K. Symmetric quantization is zero = 2^(BITS - 1) (zero[] still holds it);
//   asymmetric has a per-group zero point. Zero points are integers stored as f32.
// One invocation per output element; dispatch (ceil(N / WG), M).

struct Params {
  M : u32,
  N : u32,
  K : u32,
  groupSize : u32,
  wordsPerRow : u32,
  groupsPerRow : u32,
}

@group(0) @binding(0) var<storage, read> x : array<f32>;
@group(0) @binding(1) var<storage, read> words : array<u32>;
@group(0) @binding(2) var<storage, read> scales : array<f32>;
@group(0) @binding(3) var<storage, read> zeros : array<f32>;
@group(0) @binding(4) var<storage, read_write> y : array<f32>;
@group(0) @binding(5) var<uniform> params : Params;

override BITS : u32 = 4;
override WG : u32 = 64;

@compute @workgroup_size(WG)
fn qmatmul(@builtin(global_invocation_id) gid : vec3<u32>) {
  let n = gid.x;
  let m = gid.y;
  if (n >= params.N || m >= params.M) {
    return;
  }
  let perWord = 32u / BITS;
  let mask = (1u << BITS) - 1u;
  let xRow = m * params.K;
  let groupRow = n * params.groupsPerRow;
  var acc = 0.0;
  for (var w = 0u; w < params.wordsPerRow; w++) {
    let word = words[n * params.wordsPerRow + w];
    let kBase = w * perWord;
    let count = min(perWord, params.K - kBase);
    for (var j = 0u; j < count; j++) {
      let k = kBase + j;
      let q = f32((word >> (j * BITS)) & mask);
      let g = groupRow + k / params.groupSize;
      acc = fma(x[xRow + k], scales[g] * (q - zeros[g]), acc);
    }
  }
  y[m * params.N + n] = acc;
}

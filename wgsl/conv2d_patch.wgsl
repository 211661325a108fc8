// ViT patch embedding: Conv2d with kernel = stride = patch and no padding, output as tokens.
// image: channels x height x width, w: dim x channels x patch x patch, bias: dim (row-major f32);
// out: tokens x dim with tokens = (height / patch) * (width / patch) in raster order (gridW = width / patch).
// One invocation per output: x = embedding channel, y = token; dispatch (ceil(dim / WG_X), ceil(tokens / WG_Y)).

struct Params {
  channels : u32,
  height : u32,
  width : u32,
  dim : u32,
  patchSize : u32,
  gridW : u32,
  tokens : u32,
}

@group(0) @binding(0) var<storage, read> image : array<f32>;
@group(0) @binding(1) var<storage, read> w : array<f32>;
@group(0) @binding(2) var<storage, read> bias : array<f32>;
@group(0) @binding(3) var<storage, read_write> out : array<f32>;
@group(0) @binding(4) var<uniform> params : Params;

override WG_X : u32 = 64;
override WG_Y : u32 = 4;

@compute @workgroup_size(WG_X, WG_Y)
fn conv2d_patch(@builtin(global_invocation_id) gid : vec3<u32>) {
  let o = gid.x;
  let token = gid.y;
  if (o >= params.dim || token >= params.tokens) {
    return;
  }
  let p = params.patchSize;
  let top = (token / params.gridW) * p;
  let left = (token % params.gridW) * p;
  var acc = bias[o];
  for (var c = 0u; c < params.channels; c++) {
    for (var ky = 0u; ky < p; ky++) {
      let imageRow = (c * params.height + top + ky) * params.width + left;
      let wRow = ((o * params.channels + c) * p + ky) * p;
      for (var kx = 0u; kx < p; kx++) {
        acc = fma(w[wRow + kx], image[imageRow + kx], acc);
      }
    }
  }
  out[token * params.dim + o] = acc;
}

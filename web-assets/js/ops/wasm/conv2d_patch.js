// ViT patch embedding on WebAssembly: im2col in JS (part of every run), then the WASM matmul against the
// weights transposed once at prepare time, then the bias. Same spec as js/ops/conv2d_patch.js:
// params {channels, height, width, dim, patch}; inputs {image, w: dim*channels*patch*patch, bias}.
import {prepared, requireShape, resident} from './common.js';

export const name = 'conv2d_patch';

export async function prepareWasm(wasm, spec, inputs) {
  const {channels, height, width, dim, patch} = spec.params;
  requireShape(height % patch === 0 && width % patch === 0, 'height and width must be multiples of patch');
  const gridW = width / patch;
  const tokens = (height / patch) * gridW;
  const depth = channels * patch * patch;
  requireShape(inputs.image && inputs.image.length === channels * height * width, 'image must hold channels*height*width values');
  requireShape(inputs.w && inputs.w.length === dim * depth, 'w must hold dim*channels*patch*patch values');
  requireShape(inputs.bias && inputs.bias.length === dim, 'bias must hold dim values');
  const wT = new Float32Array(depth * dim);
  for (let o = 0; o < dim; o++) {
    for (let i = 0; i < depth; i++) wT[i * dim + o] = inputs.w[o * depth + i];
  }
  const held = resident(wasm, {wT, bias: inputs.bias}, ['wT', 'bias']);
  const image = inputs.image;
  const columns = new Float32Array(tokens * depth);
  const run = async () => {
    for (let t = 0; t < tokens; t++) {
      const y0 = Math.floor(t / gridW) * patch;
      const x0 = (t % gridW) * patch;
      let j = t * depth;
      for (let c = 0; c < channels; c++) {
        for (let py = 0; py < patch; py++) {
          const row = (c * height + y0 + py) * width + x0;
          for (let px = 0; px < patch; px++) columns[j++] = image[row + px];
        }
      }
    }
    const product = await wasm.matmul(columns, held.tensors.wT, tokens, dim, depth);
    return wasm.add(product, held.tensors.bias);
  };
  return prepared(run, held);
}

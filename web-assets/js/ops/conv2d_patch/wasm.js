// ViT patch embedding on WebAssembly: im2col in JS (part of every run; it reads the image out of wasm memory,
// since it may be an earlier node's output), then the WASM matmul against the weights transposed once at prepare
// time, then the bias. Same params and tensors as ./webgpu.js: params {channels, height, width, dim, patch};
// tensors {image, w: dim*channels*patch*patch, bias}.
import {requireShape} from '../wasm-helpers.js';

export async function prepare(wasm, node, tensors, out) {
  const {channels, height, width, dim, patch} = node.params;
  requireShape(height % patch === 0 && width % patch === 0, 'height and width must be multiples of patch');
  const gridW = width / patch;
  const tokens = (height / patch) * gridW;
  const depth = channels * patch * patch;
  const {image, w, bias} = tensors;
  requireShape(image && image.length === channels * height * width, 'image must hold channels*height*width values');
  requireShape(w && w.length === dim * depth, 'w must hold dim*channels*patch*patch values');
  requireShape(bias && bias.length === dim, 'bias must hold dim values');
  const weights = w.read();
  const wT = new Float32Array(depth * dim);
  for (let o = 0; o < dim; o++) {
    for (let i = 0; i < depth; i++) wT[i * dim + o] = weights[o * depth + i];
  }
  const residentWT = wasm.upload(wT);
  const product = wasm.upload(new Float32Array(tokens * dim));
  const columns = new Float32Array(tokens * depth);
  const run = async () => {
    const pixels = image.read();
    for (let t = 0; t < tokens; t++) {
      const y0 = Math.floor(t / gridW) * patch;
      const x0 = (t % gridW) * patch;
      let j = t * depth;
      for (let c = 0; c < channels; c++) {
        for (let py = 0; py < patch; py++) {
          const row = (c * height + y0 + py) * width + x0;
          for (let px = 0; px < patch; px++) columns[j++] = pixels[row + px];
        }
      }
    }
    await wasm.matmul(columns, residentWT, tokens, dim, depth, product);
    await wasm.add(product, bias, out);
  };
  return {run, dispose: () => { residentWT.free(); product.free(); }};
}

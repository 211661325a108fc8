// ViT patch embedding (kernel = stride = patch). params {channels, height, width, dim, patch};
// tensors {image: channels*height*width, w: dim*channels*patch*patch, bias: dim}; output tokens x dim.
// constants {WG_X, WG_Y}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';

export async function prepare(gpu, node, tensors, out) {
  const {channels, height, width, dim, patch} = node.params;
  requireShape(height % patch === 0 && width % patch === 0, 'height and width must be multiples of patch');
  const gridW = width / patch;
  const tokens = (height / patch) * gridW;
  const {image, w, bias} = tensors;
  requireShape(image && image.length === channels * height * width, 'image must hold channels*height*width values');
  requireShape(w && w.length === dim * channels * patch * patch, 'w must hold dim*channels*patch*patch values');
  requireShape(bias && bias.length === dim, 'bias must hold dim values');
  requireShape(out.length === tokens * dim, 'the output must hold tokens*dim values');
  const constants = constantsOf(node, {WG_X: 64, WG_Y: 4});
  const pipeline = await gpu.pipeline(node.kernel.file || 'conv2d_patch.wgsl', node.kernel.entry || 'conv2d_patch', constants);
  const params = uniformOf(gpu, [channels, height, width, dim, patch, gridW, tokens].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline, {0: image.buffer, 1: w.buffer, 2: bias.buffer, 3: out.buffer, 4: params});
  const groups = [ceilDiv(dim, constants.WG_X), ceilDiv(tokens, constants.WG_Y)];
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([params])};
}

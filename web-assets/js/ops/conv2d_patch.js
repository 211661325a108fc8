// ViT patch embedding (kernel = stride = patch). params {channels, height, width, dim, patch};
// inputs {image: channels*height*width, w: dim*channels*patch*patch, bias: dim}; output tokens x dim.
// constants {WG_X, WG_Y}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'conv2d_patch';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {channels, height, width, dim, patch} = spec.params;
  requireShape(height % patch === 0 && width % patch === 0, 'height and width must be multiples of patch');
  const gridW = width / patch;
  const tokens = (height / patch) * gridW;
  requireShape(inputs.image && inputs.image.length === channels * height * width, 'image must hold channels*height*width values');
  requireShape(inputs.w && inputs.w.length === dim * channels * patch * patch, 'w must hold dim*channels*patch*patch values');
  requireShape(inputs.bias && inputs.bias.length === dim, 'bias must hold dim values');
  const constants = constantsOf(spec, {WG_X: 64, WG_Y: 4});
  const pipeline = await gpu.pipeline(spec.kernel.file || 'conv2d_patch.wgsl', spec.kernel.entry || 'conv2d_patch', constants);
  const image = gpu.storage(inputs.image, {readOnly: true});
  const w = gpu.storage(inputs.w, {readOnly: true});
  const bias = gpu.storage(inputs.bias, {readOnly: true});
  const bytes = tokens * dim * 4;
  const out = gpu.output(bytes);
  const params = uniformOf(gpu, [channels, height, width, dim, patch, gridW, tokens].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline, {0: image, 1: w, 2: bias, 3: out, 4: params});
  const groups = [ceilDiv(dim, constants.WG_X), ceilDiv(tokens, constants.WG_Y)];
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], out, bytes, repeat),
    dispose: () => destroyAll([image, w, bias, out, params]),
  };
}

// 1-D convolution (+ exact GELU), Whisper's stem. params {cin, length, cout, kernel (3), stride, pad, gelu (true)};
// tensors {x: cin*length, w: cout*cin*kernel, bias: cout}. constants {KSIZE, APPLY_GELU, WG_X, WG_Y}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';

export async function prepare(gpu, node, tensors, out) {
  const {cin, length, cout, kernel = 3, stride = 1, pad = 1, gelu = true} = node.params;
  const outLength = Math.floor((length + 2 * pad - kernel) / stride) + 1;
  const {x, w, bias} = tensors;
  requireShape(x && x.length === cin * length, 'x must hold cin*length values');
  requireShape(w && w.length === cout * cin * kernel, 'w must hold cout*cin*kernel values');
  requireShape(bias && bias.length === cout, 'bias must hold cout values');
  requireShape(out.length === cout * outLength, 'the output must hold cout*outLength values');
  const constants = constantsOf(node, {KSIZE: kernel, APPLY_GELU: gelu, WG_X: 64, WG_Y: 4});
  requireShape(constants.KSIZE === kernel, 'constants.KSIZE must equal params.kernel');
  const pipeline = await gpu.pipeline(node.kernel.file || 'conv1d.wgsl', node.kernel.entry || 'conv1d', {
    ...constants, APPLY_GELU: constants.APPLY_GELU ? 1 : 0,
  });
  const params = uniformOf(gpu, [cin, length, cout, outLength, stride, pad].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x.buffer, 1: w.buffer, 2: bias.buffer, 3: out.buffer, 4: params});
  const groups = [ceilDiv(outLength, constants.WG_X), ceilDiv(cout, constants.WG_Y)];
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([params])};
}

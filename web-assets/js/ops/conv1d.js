// 1-D convolution (+ exact GELU), Whisper's stem. params {cin, length, cout, kernel (3), stride, pad, gelu (true)};
// inputs {x: cin*length, w: cout*cin*kernel, bias: cout}. constants {KSIZE, APPLY_GELU, WG_X, WG_Y}.
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, repeatOf, runPasses, uniformOf} from './shared.js';

export const name = 'conv1d';

export async function prepareWebGpu(gpu, spec, inputs) {
  const repeat = repeatOf(spec);
  const {cin, length, cout, kernel = 3, stride = 1, pad = 1, gelu = true} = spec.params;
  const outLength = Math.floor((length + 2 * pad - kernel) / stride) + 1;
  requireShape(inputs.x && inputs.x.length === cin * length, 'x must hold cin*length values');
  requireShape(inputs.w && inputs.w.length === cout * cin * kernel, 'w must hold cout*cin*kernel values');
  requireShape(inputs.bias && inputs.bias.length === cout, 'bias must hold cout values');
  const constants = constantsOf(spec, {KSIZE: kernel, APPLY_GELU: gelu, WG_X: 64, WG_Y: 4});
  requireShape(constants.KSIZE === kernel, 'constants.KSIZE must equal params.kernel');
  const pipeline = await gpu.pipeline(spec.kernel.file || 'conv1d.wgsl', spec.kernel.entry || 'conv1d', {
    ...constants, APPLY_GELU: constants.APPLY_GELU ? 1 : 0,
  });
  const x = gpu.storage(inputs.x, {readOnly: true});
  const w = gpu.storage(inputs.w, {readOnly: true});
  const bias = gpu.storage(inputs.bias, {readOnly: true});
  const bytes = cout * outLength * 4;
  const y = gpu.output(bytes);
  const params = uniformOf(gpu, [cin, length, cout, outLength, stride, pad].map((u32) => ({u32})));
  const bindGroup = bindGroupOf(gpu, pipeline, {0: x, 1: w, 2: bias, 3: y, 4: params});
  const groups = [ceilDiv(outLength, constants.WG_X), ceilDiv(cout, constants.WG_Y)];
  return {
    run: () => runPasses(gpu, [{pipeline, bindGroup, groups}], y, bytes, repeat),
    dispose: () => destroyAll([x, w, bias, y, params]),
  };
}

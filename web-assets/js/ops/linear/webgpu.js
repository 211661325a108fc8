// PyTorch nn.Linear: out = x wᵀ + bias. params {rows, in, out}; tensors {x: rows*in, w: out*in ([out, in], as
// nn.Linear.weight), bias (optional): out}; output rows*out. constants {WG_X, WG_Y, TILE_K} (linear.wgsl).
import {bindGroupOf, ceilDiv, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';
import {checkLinear} from './shapes.js';

const DEFAULTS = {WG_X: 16, WG_Y: 16, TILE_K: 16};
const REGISTER_BLOCK = 4;

export async function prepare(gpu, node, tensors, out) {
  const {rows, inFeatures, outFeatures} = checkLinear(node, tensors);
  requireShape(out.length === rows * outFeatures, `the output must hold rows*out = ${rows * outFeatures} values`);
  const constants = constantsOf(node, DEFAULTS);
  const pipeline = await gpu.pipeline(node.kernel.file || 'linear.wgsl', node.kernel.entry || 'linear', constants);
  const hasBias = Boolean(tensors.bias);
  const noBias = hasBias ? null : gpu.storage(new Float32Array(1), {readOnly: true});  // the binding must exist
  const params = uniformOf(gpu, [{u32: rows}, {u32: inFeatures}, {u32: outFeatures}, {u32: hasBias ? 1 : 0}]);
  const bindGroup = bindGroupOf(gpu, pipeline, {
    0: tensors.x.buffer, 1: tensors.w.buffer, 2: hasBias ? tensors.bias.buffer : noBias, 3: out.buffer, 4: params,
  });
  const groups = [ceilDiv(outFeatures, constants.WG_X * REGISTER_BLOCK), ceilDiv(rows, constants.WG_Y * REGISTER_BLOCK)];
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([noBias, params])};
}

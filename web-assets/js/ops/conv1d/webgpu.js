// 1-D convolution (PyTorch Conv1d, batch 1, channels first), optionally + exact GELU, optionally trimmed.
// params {cin, length, cout, kernel (3), stride (1), pad (1), groups (1), gelu (true), trim (0)};
// tensors {x: cin*length, w: cout*(cin/groups)*kernel, bias (optional): cout}; output cout*outLength,
// outLength = floor((length + 2 pad - kernel) / stride) + 1 - trim. constants {APPLY_GELU} (from params.gelu);
// a legacy KSIZE constant must equal params.kernel and is not passed on (the kernel length is a uniform).
import {bindGroupOf, ceilDiv, checkGroups, constantsOf, destroyAll, requireShape, uniformOf} from '../gpu-helpers.js';
import {checkConv1d} from './shapes.js';

const TILE_T = 64;  // must match conv1d.wgsl
const TILE_O = 64;

export async function prepare(gpu, node, tensors, out) {
  const p = checkConv1d(node, tensors, out);
  const {KSIZE, ...constants} = constantsOf(node, {APPLY_GELU: p.gelu});
  requireShape(KSIZE === undefined || KSIZE === p.kernel, `conv1d: constants.KSIZE (${KSIZE}) must equal params.kernel (${p.kernel})`);
  const pipeline = await gpu.pipeline(node.kernel.file || 'conv1d.wgsl', node.kernel.entry || 'conv1d', {
    ...constants, APPLY_GELU: constants.APPLY_GELU ? 1 : 0,
  });
  const noBias = p.hasBias ? null : gpu.storage(new Float32Array(1), {readOnly: true});  // the binding must exist
  const params = uniformOf(gpu, [p.cin, p.length, p.cout, p.outLength, p.stride, p.pad, p.kernel, p.groups,
    p.hasBias ? 1 : 0].map((u32) => ({u32})));
  const bias = p.hasBias ? tensors.bias.buffer : noBias;
  const bindGroup = bindGroupOf(gpu, pipeline, {0: tensors.x.buffer, 1: tensors.w.buffer, 2: bias, 3: out.buffer, 4: params});
  const groups = [ceilDiv(p.outLength, TILE_T), ceilDiv(p.groupOut, TILE_O), p.groups];
  checkGroups(gpu, groups);
  return {passes: [{pipeline, bindGroup, groups}], dispose: () => destroyAll([noBias, params])};
}

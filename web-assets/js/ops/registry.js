// The one registry of operations: per op, its WebGPU, WebAssembly and WebNN host code side by side
// (js/ops/<op>/webgpu.js, wasm.js, webnn.js). Names are the vocabulary's OPS; a mismatch fails on load.
import { OPS as NAMES } from '../vocabulary.js';
import * as attentionGpu from './attention/webgpu.js';
import * as attentionWasm from './attention/wasm.js';
import * as concatGpu from './concat/webgpu.js';
import * as concatWasm from './concat/wasm.js';
import * as conv1dGpu from './conv1d/webgpu.js';
import * as conv1dWasm from './conv1d/wasm.js';
import * as conv2dPatchGpu from './conv2d_patch/webgpu.js';
import * as conv2dPatchWasm from './conv2d_patch/wasm.js';
import * as conv2dPatchNN from './conv2d_patch/webnn.js';
import * as elementwiseGpu from './elementwise/webgpu.js';
import * as elementwiseWasm from './elementwise/wasm.js';
import * as elementwiseNN from './elementwise/webnn.js';
import * as gatherGpu from './gather/webgpu.js';
import * as gatherWasm from './gather/wasm.js';
import * as groupnormGpu from './groupnorm/webgpu.js';
import * as groupnormWasm from './groupnorm/wasm.js';
import * as layernormGpu from './layernorm/webgpu.js';
import * as layernormWasm from './layernorm/wasm.js';
import * as layernormNN from './layernorm/webnn.js';
import * as linearGpu from './linear/webgpu.js';
import * as linearWasm from './linear/wasm.js';
import * as logmelGpu from './logmel/webgpu.js';
import * as logmelWasm from './logmel/wasm.js';
import * as matmulGpu from './matmul/webgpu.js';
import * as matmulWasm from './matmul/wasm.js';
import * as matmulNN from './matmul/webnn.js';
import * as mhaGpu from './mha/webgpu.js';
import * as mhaWasm from './mha/wasm.js';
import * as probeGpu from './probe/webgpu.js';
import * as qmatmulGpu from './qmatmul/webgpu.js';
import * as qmatmulWasm from './qmatmul/wasm.js';
import * as rmsnormGpu from './rmsnorm/webgpu.js';
import * as rmsnormWasm from './rmsnorm/wasm.js';
import * as ropeGpu from './rope/webgpu.js';
import * as ropeWasm from './rope/wasm.js';
import * as softmaxGpu from './softmax/webgpu.js';
import * as softmaxWasm from './softmax/wasm.js';
import * as softmaxNN from './softmax/webnn.js';
import * as transposeGpu from './transpose/webgpu.js';
import * as transposeWasm from './transpose/wasm.js';
import * as weightnormGpu from './weightnorm/webgpu.js';
import * as weightnormWasm from './weightnorm/wasm.js';

export const OPS = new Map([
  ['attention', { webgpu: attentionGpu, wasm: attentionWasm }],
  ['concat', { webgpu: concatGpu, wasm: concatWasm }],
  ['conv1d', { webgpu: conv1dGpu, wasm: conv1dWasm }],
  ['conv2d_patch', { webgpu: conv2dPatchGpu, wasm: conv2dPatchWasm, webnn: conv2dPatchNN }],
  ['elementwise', { webgpu: elementwiseGpu, wasm: elementwiseWasm, webnn: elementwiseNN }],
  ['gather', { webgpu: gatherGpu, wasm: gatherWasm }],
  ['groupnorm', { webgpu: groupnormGpu, wasm: groupnormWasm }],
  ['layernorm', { webgpu: layernormGpu, wasm: layernormWasm, webnn: layernormNN }],
  ['linear', { webgpu: linearGpu, wasm: linearWasm }],
  ['logmel', { webgpu: logmelGpu, wasm: logmelWasm }],
  ['matmul', { webgpu: matmulGpu, wasm: matmulWasm, webnn: matmulNN }],
  ['mha', { webgpu: mhaGpu, wasm: mhaWasm }],
  ['probe', { webgpu: probeGpu }],
  ['qmatmul', { webgpu: qmatmulGpu, wasm: qmatmulWasm }],
  ['rmsnorm', { webgpu: rmsnormGpu, wasm: rmsnormWasm }],
  ['rope', { webgpu: ropeGpu, wasm: ropeWasm }],
  ['softmax', { webgpu: softmaxGpu, wasm: softmaxWasm, webnn: softmaxNN }],
  ['transpose', { webgpu: transposeGpu, wasm: transposeWasm }],
  ['weightnorm', { webgpu: weightnormGpu, wasm: weightnormWasm }],
].map(([name, host]) => [name, { name, ...host }]));

const registered = [...OPS.keys()].sort().join(',');
if (registered !== [...NAMES].sort().join(',')) {
  throw new Error(`ops/registry.js registers [${registered}] but vocabulary.js OPS is [${[...NAMES].sort()}]`);
}

export function findOp(name) {
  const op = OPS.get(name);
  if (!op) throw new Error(`unknown op '${name}'; known: ${[...OPS.keys()].join(', ')}`);
  return op;
}
